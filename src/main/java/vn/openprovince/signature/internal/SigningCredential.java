package vn.openprovince.signature.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.signature.device.Signatory;

/**
 * Chứng thư số of a signatory and where its key lives: the device kind and, for PKCS#12, the
 * encrypted keystore itself. The private key is never stored outside that keystore.
 */
@Entity
@Table(name = "signing_credential")
class SigningCredential {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "signatory_kind", nullable = false, length = 16)
    private Signatory.Kind signatoryKind;

    @Column(name = "signatory_id", nullable = false)
    private UUID signatoryId;

    @Column(nullable = false, length = 16)
    private String device;

    @Column(name = "key_reference", nullable = false, length = 200)
    private String keyReference;

    private byte[] keystore;

    @Column(nullable = false)
    private byte[] certificate;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningCredential() {
        // for JPA
    }

    SigningCredential(Signatory signatory, String device, String keyReference, byte[] keystore,
                      X509Certificate certificate, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.signatoryKind = signatory.kind();
        this.signatoryId = signatory.id();
        this.device = device;
        this.keyReference = keyReference;
        this.keystore = keystore;
        this.certificate = Certificates.encoded(certificate);
        this.subject = certificate.getSubjectX500Principal().getName();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    Signatory signatory() {
        return new Signatory(signatoryKind, signatoryId);
    }

    String device() {
        return device;
    }

    String keyReference() {
        return keyReference;
    }

    byte[] keystore() {
        return keystore;
    }

    X509Certificate certificate() {
        return Certificates.parse(certificate);
    }

    String subject() {
        return subject;
    }

    Instant notAfter() {
        return notAfter;
    }
}
