package vn.openprovince.signature.internal;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;

/**
 * Kho chứng thư tin cậy: the roots and intermediates that validation trusts, as administrators
 * upload them (Vietnam's national roots are loaded this way, never fetched at run time).
 */
@Service
public class TrustStore {

    private final TrustedCertificates certificates;
    private final AuditTrail audit;
    private volatile Snapshot snapshot;

    TrustStore(TrustedCertificates certificates, AuditTrail audit) {
        this.certificates = certificates;
        this.audit = audit;
    }

    /** Trusts a CA certificate (DER or PEM). */
    @Transactional
    public TrustedCertificateView add(byte[] encoded) {
        var certificate = Certificates.parse(encoded);
        if (certificate.getBasicConstraints() < 0 && !certificate.getSubjectX500Principal()
                .equals(certificate.getIssuerX500Principal())) {
            // An end-entity certificate as a trust anchor would make anything it signed look valid.
            throw new SignatureException(SignatureError.SIGNATURE_INVALID_CERTIFICATE);
        }
        if (certificates.existsByFingerprint(Certificates.sha256(certificate))) {
            throw new SignatureException(SignatureError.SIGNATURE_DUPLICATE_TRUSTED_CERTIFICATE);
        }
        var trusted = certificates.save(new TrustedCertificate(certificate, Instant.now()));
        audit.record("signature.trusted-certificate-added", "TrustedCertificate", trusted.id(), null,
                trusted.subject() + " (SHA-256 " + trusted.fingerprint() + ")");
        return TrustedCertificateView.of(trusted);
    }

    @Transactional
    public void remove(UUID id) {
        var trusted = certificates.findById(id)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_TRUSTED_CERTIFICATE));
        certificates.delete(trusted);
        audit.record("signature.trusted-certificate-removed", "TrustedCertificate", id, null,
                trusted.subject() + " (SHA-256 " + trusted.fingerprint() + ")");
    }

    @Transactional(readOnly = true)
    public Page<TrustedCertificateView> list(Pageable page) {
        return certificates.findAll(page).map(TrustedCertificateView::of);
    }

    /**
     * The current trust anchors for DSS. Each validation asks the database whether the store changed (count
     * and newest addition: any upload or removal, on any node, changes one of them) and reads and parses the
     * certificates again only then.
     */
    @Transactional(readOnly = true)
    CommonTrustedCertificateSource source() {
        long count = certificates.count();
        Instant latest = certificates.latestAddition();
        var current = snapshot;
        if (current != null && current.count() == count && java.util.Objects.equals(current.latest(), latest)) {
            return current.source();
        }
        var source = new CommonTrustedCertificateSource();
        certificates.findAll().forEach(trusted -> source.addCertificate(new CertificateToken(trusted.toX509())));
        snapshot = new Snapshot(count, latest, source);
        return source;
    }

    /** The trust anchors as read at one state of the store; only read by DSS afterwards. */
    private record Snapshot(long count, Instant latest, CommonTrustedCertificateSource source) {
    }

    /** What the trust-store API shows of a trusted certificate. */
    public record TrustedCertificateView(UUID id, String subject, String issuer, String serialNumber,
                                         String fingerprint, Instant notBefore, Instant notAfter, Instant addedAt) {

        static TrustedCertificateView of(TrustedCertificate trusted) {
            return new TrustedCertificateView(trusted.id(), trusted.subject(), trusted.issuer(),
                    trusted.serialNumber(), trusted.fingerprint(), trusted.notBefore(), trusted.notAfter(),
                    trusted.addedAt());
        }
    }
}
