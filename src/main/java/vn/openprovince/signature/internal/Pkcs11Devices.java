package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import jakarta.annotation.PreDestroy;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.device.SigningDeviceProvider;

/**
 * Keys on a PKCS#11 token or HSM ({@code openprovince.signature.pkcs11.*}), reached through DSS and the
 * JDK's SunPKCS11 provider. Each signatory's credential names its key by label (the key store alias);
 * the key is generated on the token and never leaves it.
 *
 * <p>One logged-in connection is shared by all signings: PKCS#11 logins belong to the whole process, so
 * logging out after one signing would break another one running at the same time on the same token.
 */
@Component
class Pkcs11Devices implements ExternalKeyDevice {

    static final String ID = "pkcs11";

    private final SigningCredentials credentials;
    private final SignatureSettings.Pkcs11 settings;
    private final Map<String, DSSPrivateKeyEntry> keys = new ConcurrentHashMap<>();
    private Pkcs11SignatureToken token;

    Pkcs11Devices(SigningCredentials credentials, SignatureSettings settings) {
        this.credentials = credentials;
        this.settings = settings.pkcs11();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SigningDeviceProvider open(Signatory signatory) {
        var credential = credentials.of(signatory).filter(found -> ID.equals(found.device()))
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_SIGNING_KEY));
        var entry = key(credential.keyReference());
        if (!entry.getCertificate().getCertificate().equals(credential.certificate())) {
            // The platform records who signed by the enrolled certificate; a swapped key must not sign.
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_CERTIFICATE_CHANGED);
        }
        return new TokenKey(entry);
    }

    @Override
    public List<X509Certificate> certificateChain(String label) {
        return Arrays.stream(key(label).getCertificateChain()).map(CertificateToken::getCertificate).toList();
    }

    /** Logs out and forgets the connection; the next signing logs in again. */
    @PreDestroy
    synchronized void disconnect() {
        keys.clear();
        if (token != null) {
            try {
                token.close();
            } finally {
                token = null;
            }
        }
    }

    private DSSPrivateKeyEntry key(String label) {
        var cached = keys.get(label);
        if (cached != null) {
            return cached;
        }
        DSSPrivateKeyEntry entry;
        try {
            entry = token().getKey(label);
        } catch (DSSException e) {
            disconnect();
            throw failure(e);
        }
        if (entry == null || entry.getCertificate() == null) {
            throw new SignatureException(SignatureError.SIGNATURE_KEY_NOT_ON_DEVICE);
        }
        keys.put(label, entry);
        return entry;
    }

    private synchronized Pkcs11SignatureToken token() {
        if (!settings.configured()) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        }
        if (token == null) {
            char[] pin = settings.pin() == null ? new char[0] : settings.pin().toCharArray();
            if (settings.slot() != null && (settings.slot() < 0 || settings.slot() > Integer.MAX_VALUE)) {
                // SunPKCS11 reads slot ids as Java ints; such a token is configured by its slot list index.
                throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
            }
            int slot = settings.slot() == null ? -1 : settings.slot().intValue();
            int index = slot >= 0 ? -1 : settings.slotListIndex() == null ? 0 : settings.slotListIndex();
            token = new Pkcs11SignatureToken(settings.library(), () -> pin.clone(), slot, index, null);
        }
        return token;
    }

    private static SignatureException failure(DSSException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Bad password") || message.contains("CKR_PIN_INCORRECT")
                    || message.contains("CKR_PIN_LEN_RANGE")) {
                return new SignatureException(SignatureError.SIGNATURE_WRONG_PIN, e);
            }
        }
        return new SignatureException(SignatureError.SIGNATURE_DEVICE_UNAVAILABLE, e);
    }

    /** One signatory's key on the shared connection; closing it keeps the connection for the next signing. */
    private final class TokenKey implements SigningDeviceProvider {

        private final DSSPrivateKeyEntry entry;

        private TokenKey(DSSPrivateKeyEntry entry) {
            this.entry = entry;
        }

        @Override
        public List<CertificateToken> certificateChain() {
            return Arrays.asList(entry.getCertificateChain());
        }

        @Override
        public SignatureValue sign(ToBeSigned data, DigestAlgorithm digestAlgorithm) {
            Pkcs11SignatureToken connection;
            synchronized (Pkcs11Devices.this) {
                connection = token();
            }
            try {
                return connection.sign(data, digestAlgorithm, entry);
            } catch (DSSException e) {
                // A token pulled out or an HSM restarted: start again from a fresh login next time.
                disconnect();
                throw failure(e);
            }
        }

        @Override
        public void close() {
            // the connection stays open for the next signing
        }
    }
}
