package vn.openprovince.signature.internal;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.device.SigningDeviceProvider;
import vn.openprovince.signature.device.SigningDeviceProviderFactory;

/**
 * Server-held keys: one PKCS#12 keystore per signatory, stored in {@code signing_credential} and
 * protected by {@code openprovince.signature.keystore-password}. The keystore is opened in memory
 * for one signing; the key is never exported from it.
 */
@Component
class Pkcs12Devices implements SigningDeviceProviderFactory {

    static final String ID = "pkcs12";
    /** Only for the demo PKI of the embedded mode; a deployment sets its own password. */
    static final String DEMO_PASSWORD = "demo-keystore-password";
    /** How long an opened keystore's key stays unlocked in memory (see {@link UnlockedKeys}). */
    static final java.time.Duration UNLOCKED_FOR = java.time.Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(Pkcs12Devices.class);

    private final SigningCredentials credentials;
    private final AuditTrail audit;
    private final char[] password;
    private final UnlockedKeys unlocked = new UnlockedKeys(UNLOCKED_FOR, 10_000, java.time.Clock.systemUTC());

    Pkcs12Devices(SigningCredentials credentials, AuditTrail audit, SignatureSettings settings,
                  @Value("${openprovince.demo-data:false}") boolean demoMode) {
        this.credentials = credentials;
        this.audit = audit;
        String configured = settings.keystorePassword();
        if (configured != null && !configured.isBlank()) {
            this.password = configured.toCharArray();
        } else if (demoMode) {
            log.warn("openprovince.signature.keystore-password is not set: using the demo password (demo mode only)");
            this.password = DEMO_PASSWORD.toCharArray();
        } else {
            this.password = null;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SigningDeviceProvider open(Signatory signatory) {
        var credential = credentials.of(signatory).filter(found -> ID.equals(found.device()))
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_SIGNING_KEY));
        try {
            return unlocked.device(credential.id(), () -> KeyStoreDevice.firstKeyOf(new Pkcs12SignatureToken(
                    credential.keystore(), new KeyStore.PasswordProtection(requirePassword()))));
        } catch (DSSException e) {
            throw wrongPassword(e) ? new SignatureException(SignatureError.SIGNATURE_WRONG_PIN, e)
                    : new SignatureException(SignatureError.SIGNATURE_DEVICE_UNAVAILABLE, e);
        }
    }

    /** Seals a freshly issued key in a new keystore for the signatory (one key each). Call in a transaction. */
    SigningCredential enrol(Signatory signatory, IssuedKey key, Instant now) {
        String alias = signatory.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + signatory.id();
        var credential = credentials.save(new SigningCredential(signatory, ID, alias,
                key.toPkcs12(alias, requirePassword()), key.certificate(), now));
        audit.record("signature.key-enrolled", "SigningCredential", credential.id(),
                signatory.kind() == Signatory.Kind.AGENCY ? signatory.id() : null,
                "%s %s on %s: %s".formatted(signatory.kind(), signatory.id(), ID, credential.subject()));
        return credential;
    }

    private char[] requirePassword() {
        if (password == null) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_UNAVAILABLE);
        }
        return password.clone();
    }

    private static boolean wrongPassword(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecoverableKeyException
                    || (cause.getMessage() != null && cause.getMessage().contains("password was incorrect"))) {
                return true;
            }
        }
        return false;
    }
}
