package vn.openprovince.signature.internal;

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
 */
@ConfigurationProperties("openprovince.signature")
public record SignatureSettings(String keystorePassword, DataSize maxDocumentSize, DataSize maxImageSize,
                                Float fallbackX, Float fallbackY, Double signatureWidthMm) {

    public SignatureSettings {
        maxDocumentSize = maxDocumentSize != null ? maxDocumentSize : DataSize.ofMegabytes(20);
        maxImageSize = maxImageSize != null ? maxImageSize : DataSize.ofKilobytes(512);
        fallbackX = fallbackX != null ? fallbackX : 340f;
        fallbackY = fallbackY != null ? fallbackY : 560f;
        signatureWidthMm = signatureWidthMm != null ? signatureWidthMm : 40.0;
    }

    public static SignatureSettings defaults() {
        return new SignatureSettings(null, null, null, null, null, null);
    }
}
