package vn.openprovince.signature.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;

/** Chứng thư số tin cậy: a root or intermediate certificate that validation trusts. */
@Entity
@Table(name = "trusted_certificate")
class TrustedCertificate {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 64)
    private String fingerprint;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private byte[] certificate;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TrustedCertificate() {
        // for JPA
    }

    TrustedCertificate(X509Certificate certificate, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.fingerprint = Certificates.sha256(certificate);
        this.subject = certificate.getSubjectX500Principal().getName();
        this.issuer = certificate.getIssuerX500Principal().getName();
        this.serialNumber = certificate.getSerialNumber().toString(16);
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.certificate = Certificates.encoded(certificate);
        this.addedAt = addedAt;
    }

    UUID id() {
        return id;
    }

    String fingerprint() {
        return fingerprint;
    }

    String subject() {
        return subject;
    }

    String issuer() {
        return issuer;
    }

    String serialNumber() {
        return serialNumber;
    }

    Instant notBefore() {
        return notBefore;
    }

    Instant notAfter() {
        return notAfter;
    }

    Instant addedAt() {
        return addedAt;
    }

    X509Certificate toX509() {
        return Certificates.parse(certificate);
    }
}
