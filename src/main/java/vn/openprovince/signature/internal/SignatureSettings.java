package vn.openprovince.signature.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the signature module ({@code openprovince.signature.*}).
 *
 * @param keystorePassword  protects the PKCS#12 keystores; from a secret, never from the repository.
 *                          Empty means: a demo password in demo mode, PKCS#12 signing unavailable otherwise
 * @param maxDocumentSize   the largest PDF accepted for signing or validation (default 20 MB)
 * @param maxImageSize      the largest signature or seal PNG accepted (default 512 KB)
 * @param fallbackX         left edge (points) of the personal signature on the last page when the
 *                          signer's name is not found in the text (default 340)
 * @param fallbackY         top edge (points from the top of the page) of that fallback (default 560)
 * @param signatureWidthMm  the width a personal signature image is printed at, at most (default 40)
 * @param pkcs11            the PKCS#11 token or HSM ({@code openprovince.signature.pkcs11.*})
 * @param remote            the remote signing service ({@code openprovince.signature.remote.*})
 */
@ConfigurationProperties("openprovince.signature")
public record SignatureSettings(String keystorePassword, DataSize maxDocumentSize, DataSize maxImageSize,
                                Float fallbackX, Float fallbackY, Double signatureWidthMm, Pkcs11 pkcs11,
                                Remote remote) {

    public SignatureSettings {
        maxDocumentSize = maxDocumentSize != null ? maxDocumentSize : DataSize.ofMegabytes(20);
        maxImageSize = maxImageSize != null ? maxImageSize : DataSize.ofKilobytes(512);
        fallbackX = fallbackX != null ? fallbackX : 340f;
        fallbackY = fallbackY != null ? fallbackY : 560f;
        signatureWidthMm = signatureWidthMm != null ? signatureWidthMm : 40.0;
        pkcs11 = pkcs11 != null ? pkcs11 : new Pkcs11(null, null, null, null);
        remote = remote != null ? remote : new Remote(null, null, null, null);
    }

    public static SignatureSettings defaults() {
        return new SignatureSettings(null, null, null, null, null, null, null, null);
    }

    /** The same settings with another keystore password (tests of a wrong password). */
    SignatureSettings withKeystorePassword(String password) {
        return new SignatureSettings(password, maxDocumentSize, maxImageSize, fallbackX, fallbackY, signatureWidthMm,
                pkcs11, remote);
    }

    SignatureSettings withPkcs11(Pkcs11 other) {
        return new SignatureSettings(keystorePassword, maxDocumentSize, maxImageSize, fallbackX, fallbackY,
                signatureWidthMm, other, remote);
    }

    SignatureSettings withRemote(Remote other) {
        return new SignatureSettings(keystorePassword, maxDocumentSize, maxImageSize, fallbackX, fallbackY,
                signatureWidthMm, pkcs11, other);
    }

    /**
     * A PKCS#11 token or HSM holding signatories' keys; each credential names its key by label (alias).
     *
     * @param library        path of the vendor's PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so};
     *                       empty means no PKCS#11 device
     * @param slot           the slot id of the token (as {@code softhsm2-util --show-slots} prints it)
     * @param slotListIndex  the token's index in the slot list, when no slot id is given (default 0)
     * @param pin            the user PIN; from a secret, never from the repository
     */
    public record Pkcs11(String library, Long slot, Integer slotListIndex, String pin) {

        boolean configured() {
            return library != null && !library.isBlank();
        }
    }

    /**
     * A remote signing service (hash signing): the platform sends the digest, the service signs it with a
     * key it keeps; each credential names the key by its id at the service.
     *
     * @param baseUrl         e.g. {@code https://ky-so.example.gov.vn/api}; empty means no remote device
     * @param token           the bearer token the platform authenticates with; from a secret
     * @param connectTimeout  how long to wait for a connection (default 5 s)
     * @param readTimeout     how long to wait for one answer (default 30 s: a person may confirm on a phone)
     */
    public record Remote(String baseUrl, String token, Duration connectTimeout, Duration readTimeout) {

        public Remote {
            connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(5);
            readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(30);
        }

        boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
