package vn.openprovince.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A form issued to the applicant (Circular 03/2025 Appendix I: 01 receipt and appointment, 02 supplement
 * request, 03 refusal, 04 apology and new appointment, 05 stop notice) with what it said as JSON; never changed,
 * so the PDF downloaded later prints the same text.
 */
@Entity
@Immutable
@Table(name = "dossier_notice")
class DossierNotice {

    @Id
    private UUID id;
    private String form;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issuer_name")
    private String issuerName;
    private String content;

    protected DossierNotice() {
    }

    DossierNotice(String form, Instant issuedAt, String issuedBy, String issuerName, String content) {
        this.id = UUID.randomUUID();
        this.form = form;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.issuerName = issuerName;
        this.content = content;
    }

    UUID id() {
        return id;
    }

    String form() {
        return form;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String issuedBy() {
        return issuedBy;
    }

    String issuerName() {
        return issuerName;
    }

    String content() {
        return content;
    }
}
