package vn.openprovince.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;

/**
 * Hồ sơ lưu nháp: what a citizen typed for a procedure, kept on the server so it resumes on any device.
 * Saving names the version it was based on; a draft changed elsewhere meanwhile is not overwritten.
 */
@Entity
@Table(name = "dossier_draft")
class DossierDraft {

    @Id
    private UUID id;
    @Column(name = "applicant_account_id")
    private UUID applicantAccountId;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "form_data")
    private String formData;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected DossierDraft() {
    }

    DossierDraft(UUID applicantAccountId, String procedureCode, String formData, Instant now) {
        this.id = UUID.randomUUID();
        this.applicantAccountId = applicantAccountId;
        this.procedureCode = procedureCode;
        this.formData = formData;
        this.updatedAt = now;
    }

    void replace(String formData, long basedOnVersion, Instant now) {
        if (basedOnVersion != version) {
            throw new DossierException(DossierError.DOSSIER_DRAFT_CHANGED);
        }
        this.formData = formData;
        this.updatedAt = now;
    }

    String procedureCode() {
        return procedureCode;
    }

    String formData() {
        return formData;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
