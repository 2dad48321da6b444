package vn.openprovince.signature.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;

/**
 * Which device signs for whom: assigns a signatory a key kept on a PKCS#11 token or by a remote signing
 * service, by the key's reference there, without a code change or a restart. The certificate is read
 * from the device at assignment and stored with the reference; the key itself stays on the device.
 */
@Service
public class SigningKeys {

    private final SigningCredentials credentials;
    private final Map<String, ExternalKeyDevice> devices;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    SigningKeys(SigningCredentials credentials, List<ExternalKeyDevice> devices, OrganizationDirectory directory,
                AuditTrail audit) {
        this.credentials = credentials;
        this.devices = devices.stream().collect(Collectors.toMap(ExternalKeyDevice::id, Function.identity()));
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * Makes the key {@code keyReference} on {@code device} ({@code pkcs11} or {@code remote}) the
     * signatory's signing key, replacing the one it had (a PKCS#12 keystore is deleted with its credential).
     */
    @Transactional
    public SigningKeyView assign(Signatory signatory, String device, String keyReference) {
        var externalDevice = devices.get(device);
        if (externalDevice == null) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        }
        if (keyReference == null || keyReference.isBlank() || keyReference.length() > 200) {
            throw new SignatureException(SignatureError.SIGNATURE_KEY_NOT_ON_DEVICE);
        }
        UUID agencyId = agencyOf(signatory);
        var certificate = externalDevice.certificateChain(keyReference).getFirst();
        var now = Instant.now();
        if (certificate.getNotAfter().toInstant().isBefore(now) || certificate.getNotBefore().toInstant().isAfter(now)) {
            throw new SignatureException(SignatureError.SIGNATURE_CERTIFICATE_NOT_USABLE);
        }
        String previous = credentials.of(signatory).map(old -> {
            credentials.delete(old);
            credentials.flush();
            return old.device() + " " + old.keyReference();
        }).orElse("none");
        var credential = credentials.save(new SigningCredential(signatory, device, keyReference, null, certificate, now));
        audit.record("signature.signing-key-assigned", "SigningCredential", credential.id(), agencyId,
                "%s %s: %s %s (was %s): %s".formatted(signatory.kind(), signatory.id(), device, keyReference, previous,
                        credential.subject()));
        return SigningKeyView.of(credential);
    }

    /** The signatory's current signing key, without secrets. */
    @Transactional(readOnly = true)
    public SigningKeyView of(Signatory signatory) {
        return credentials.of(signatory).map(SigningKeyView::of)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_SIGNING_KEY));
    }

    private UUID agencyOf(Signatory signatory) {
        return switch (signatory.kind()) {
            case OFFICIAL -> directory.official(signatory.id())
                    .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_OFFICIAL))
                    .agencyId().value();
            case AGENCY -> directory.agency(new AgencyId(signatory.id()))
                    .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_AGENCY))
                    .id().value();
        };
    }

    /** What the API shows of a signing key: where it lives and whose certificate it has. */
    public record SigningKeyView(UUID id, Signatory.Kind signatoryKind, UUID signatoryId, String device,
                                 String keyReference, String subject, Instant notAfter) {

        static SigningKeyView of(SigningCredential credential) {
            return new SigningKeyView(credential.id(), credential.signatory().kind(), credential.signatory().id(),
                    credential.device(), credential.keyReference(), credential.subject(), credential.notAfter());
        }
    }
}
