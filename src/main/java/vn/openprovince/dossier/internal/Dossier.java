package vn.openprovince.dossier.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.SubmissionChannel;

/**
 * Hồ sơ một cửa: a dossier, from submission on. Its code, procedure version, applicant snapshot and official
 * reception time never change (Decree 45/2020 Art. 12: not even through supplements); its state moves only
 * through verbs, each appending to the history.
 */
@Entity
@Table(name = "dossier")
class Dossier {

    @Id
    private UUID id;
    private String code;
    @Column(name = "code_generator")
    private String codeGenerator;
    @Column(name = "procedure_version_id")
    private UUID procedureVersionId;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_name")
    private String procedureName;
    @Column(name = "applicant_account_id")
    private UUID applicantAccountId;
    @Column(name = "applicant_kind")
    private String applicantKind;
    @Column(name = "applicant_name")
    private String applicantName;
    /** A JSON snapshot of the applicant's profile at submission: later profile changes do not alter it. */
    @Column(name = "applicant_data")
    private String applicantData;
    @Column(name = "receiving_agency_id")
    private UUID receivingAgencyId;
    @Column(name = "competent_agency_id")
    private UUID competentAgencyId;
    @Enumerated(EnumType.STRING)
    private SubmissionChannel channel;
    @Enumerated(EnumType.STRING)
    private DossierState state;
    @Column(name = "form_data")
    private String formData;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "appointment_date")
    private LocalDate appointmentDate;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false)
    private List<DossierFile> files = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false)
    @OrderBy("seq")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Dossier() {
    }

    /** An online submission that passed the automatic completeness check, in state SUBMITTED. */
    static Dossier submittedOnline(String code, String codeGenerator, Submission submission, Instant submittedAt,
                                   Instant receivedAt, String actor) {
        var dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.code = code;
        dossier.codeGenerator = codeGenerator;
        dossier.procedureVersionId = submission.procedureVersionId();
        dossier.procedureCode = submission.procedureCode();
        dossier.procedureName = submission.procedureName();
        dossier.applicantAccountId = submission.applicantAccountId();
        dossier.applicantKind = submission.applicantKind();
        dossier.applicantName = submission.applicantName();
        dossier.applicantData = submission.applicantData();
        dossier.receivingAgencyId = submission.receivingAgencyId();
        dossier.competentAgencyId = submission.competentAgencyId();
        dossier.channel = SubmissionChannel.ONLINE;
        dossier.formData = submission.formData();
        dossier.submittedAt = submittedAt;
        dossier.receivedAt = receivedAt;
        dossier.idempotencyKey = submission.idempotencyKey();
        submission.files().forEach(file -> dossier.files.add(new DossierFile(file)));
        dossier.enter(DossierState.SUBMITTED, submittedAt, actor, null);
        return dossier;
    }

    private void enter(DossierState next, Instant at, String actor, String note) {
        this.state = next;
        int seq = history.stream().map(HistoryEntry::seq).max(Comparator.naturalOrder()).orElse(0) + 1;
        history.add(new HistoryEntry(seq, next, at, actor, note));
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String procedureCode() {
        return procedureCode;
    }

    String procedureName() {
        return procedureName;
    }

    UUID procedureVersionId() {
        return procedureVersionId;
    }

    UUID applicantAccountId() {
        return applicantAccountId;
    }

    String applicantName() {
        return applicantName;
    }

    UUID receivingAgencyId() {
        return receivingAgencyId;
    }

    UUID competentAgencyId() {
        return competentAgencyId;
    }

    SubmissionChannel channel() {
        return channel;
    }

    DossierState state() {
        return state;
    }

    String formData() {
        return formData;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    LocalDate appointmentDate() {
        return appointmentDate;
    }

    List<DossierFile> files() {
        return List.copyOf(files);
    }

    List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
