package vn.openprovince.signature.internal;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.security.cert.TrustAnchor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    TrustStore(TrustedCertificates certificates, AuditTrail audit, JdbcTemplate jdbc) {
        this.certificates = certificates;
        this.audit = audit;
        this.jdbc = jdbc;
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

    /** The current trust anchors for DSS (PAdES validation). */
    CommonTrustedCertificateSource source() {
        return current().source();
    }

    /** The current trust anchors for a PKIX path validation (edXML seals). */
    Set<TrustAnchor> anchors() {
        return current().anchors();
    }

    /**
     * The certificates as last read. Each validation asks the database, in one small query, whether the store
     * changed (count and newest addition: any upload or removal, on any node, changes one of them), and reads
     * and parses the certificates again only then; reading them for every validation cost more than the
     * signature check of an edXML package itself. No transaction: the one query needs none, and opening one
     * cost more than the query.
     */
    private Snapshot current() {
        var state = jdbc.queryForObject("select count(*), max(added_at) from trusted_certificate",
                (rs, n) -> new State(rs.getLong(1), instant(rs.getTimestamp(2))));
        var current = snapshot;
        if (current != null && current.state().equals(state)) {
            return current;
        }
        var source = new CommonTrustedCertificateSource();
        Set<TrustAnchor> anchors = new HashSet<>();
        certificates.findAll().forEach(trusted -> {
            var certificate = trusted.toX509();
            source.addCertificate(new CertificateToken(certificate));
            anchors.add(new TrustAnchor(certificate, null));
        });
        var read = new Snapshot(state, source, Set.copyOf(anchors));
        snapshot = read;
        return read;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** What tells whether the store changed since it was read. */
    private record State(long count, Instant latest) {
    }

    /** The trust anchors as read at one state of the store; only read afterwards. */
    private record Snapshot(State state, CommonTrustedCertificateSource source, Set<TrustAnchor> anchors) {
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
