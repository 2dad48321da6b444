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
    /** The due time of the legal clock in force (the appointment date is its local date). */
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "clock_status")
    private ClockStatus clockStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_pause")
    private DossierState stateBeforePause;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    /** Whether processing ended approving the request (a result is produced), refusing it, or not yet ({@code null}). */
    @Column(name = "processing_approved")
    private Boolean processingApproved;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false)
    private List<DossierFile> files = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false)
    @OrderBy("seq")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<ClockEntry> ledger = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("issuedAt")
    private List<DossierNotice> notices = new ArrayList<>();

    /** Ledger rows appended since loaded, for the service to publish; not persisted. */
    @jakarta.persistence.Transient
    private List<ClockEntry> newClockEntries = new ArrayList<>();

    /** Whether the legal clock runs, is paused, or has stopped; {@code null} before acceptance. */
    enum ClockStatus {
        RUNNING,
        PAUSED,
        STOPPED
    }

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

    /** Guards a verb: the dossier must be in one of the states, else nothing changes. */
    void requireState(java.util.Set<DossierState> allowed) {
        if (!allowed.contains(state)) {
            throw new vn.openprovince.dossier.DossierException(vn.openprovince.dossier.DossierError.DOSSIER_WRONG_STATE,
                    code, state.name());
        }
    }

    /**
     * Tiếp nhận: the officer accepts; the clock starts from the official reception time (or the reception time of
     * the complete supplement, {@code countsFrom}) with the due time computed once.
     */
    void accept(Instant at, String actor, Instant countsFrom, Instant due, LocalDate appointment, String note,
                LegalClock.Remaining remaining) {
        if (acceptedAt != null) {
            throw new vn.openprovince.dossier.DossierException(vn.openprovince.dossier.DossierError.DOSSIER_ALREADY_ACCEPTED,
                    code);
        }
        requireState(java.util.Set.of(DossierState.SUBMITTED));
        this.acceptedAt = at;
        this.acceptedBy = actor;
        this.dueAt = due;
        this.appointmentDate = appointment;
        this.clockStatus = ClockStatus.RUNNING;
        clock(vn.openprovince.dossier.ClockEntryKind.STARTED, null, at, countsFrom, actor, note, remaining);
        enter(DossierState.ACCEPTED, at, actor, note);
    }

    /** The clock stops running until {@link #resumeClock}; the state says why. */
    void pauseClock(vn.openprovince.dossier.PauseKind why, DossierState pausedState, Instant at, String actor,
                    String reason, LegalClock.Remaining remaining) {
        this.stateBeforePause = state;
        this.clockStatus = ClockStatus.PAUSED;
        clock(vn.openprovince.dossier.ClockEntryKind.PAUSED, why, at, at, actor, reason, remaining);
        enter(pausedState, at, actor, reason);
    }

    /** The clock runs again with the recomputed due time; the dossier returns to the state the pause interrupted. */
    void resumeClock(Instant at, String actor, String reason, Instant due, LocalDate appointment,
                     LegalClock.Remaining remaining) {
        this.clockStatus = ClockStatus.RUNNING;
        this.dueAt = due;
        this.appointmentDate = appointment;
        clock(vn.openprovince.dossier.ClockEntryKind.RESUMED, null, at, at, actor, reason, remaining);
        DossierState back = stateBeforePause == null ? DossierState.ACCEPTED : stateBeforePause;
        this.stateBeforePause = null;
        enter(back, at, actor, reason);
    }

    /** Gia hạn (Form 04): moves the appointment, once only. */
    void extend(Instant at, String actor, String reason, Instant due, LocalDate appointment,
                LegalClock.Remaining remaining) {
        if (extended()) {
            throw new vn.openprovince.dossier.DossierException(vn.openprovince.dossier.DossierError.DOSSIER_ALREADY_EXTENDED,
                    code);
        }
        if (clockStatus != ClockStatus.RUNNING) {
            throw new vn.openprovince.dossier.DossierException(vn.openprovince.dossier.DossierError.DOSSIER_CLOCK_NOT_RUNNING,
                    code);
        }
        this.dueAt = due;
        this.appointmentDate = appointment;
        clock(vn.openprovince.dossier.ClockEntryKind.EXTENDED, null, at, at, actor, reason, remaining);
    }

    boolean extended() {
        return ledger.stream().anyMatch(e -> e.kind() == vn.openprovince.dossier.ClockEntryKind.EXTENDED);
    }

    /** The clock stops for good (result ready, or processing stopped); the remaining time says early or late. */
    void stopClock(Instant at, String actor, String reason, LegalClock.Remaining remaining) {
        if (clockStatus == null || clockStatus == ClockStatus.STOPPED) {
            return;
        }
        this.clockStatus = ClockStatus.STOPPED;
        clock(vn.openprovince.dossier.ClockEntryKind.STOPPED, null, at, at, actor, reason, remaining);
    }

    /** A state change without a clock event (refusal, supplement before acceptance, processing started…). */
    void moveTo(DossierState next, Instant at, String actor, String note) {
        enter(next, at, actor, note);
    }

    void processingDecided(boolean approved) {
        this.processingApproved = approved;
    }

    boolean processingApproved() {
        return Boolean.TRUE.equals(processingApproved);
    }

    /** Processing started while a pause was on: the pause then returns to PROCESSING. */
    void processingStartedWhilePaused() {
        if (stateBeforePause == DossierState.ACCEPTED) {
            stateBeforePause = DossierState.PROCESSING;
        }
    }

    void issue(DossierNotice notice) {
        notices.add(notice);
    }

    /** Replaces a component's current files by new ones; the old ones are kept, marked superseded. */
    void replaceComponent(int component, List<CheckedFile> replacements, Instant at) {
        files.stream().filter(f -> f.component() == component && f.current()).forEach(f -> f.supersede(at));
        replacements.forEach(file -> files.add(new DossierFile(file)));
    }

    void replaceFormData(String json) {
        this.formData = json;
    }

    private void clock(vn.openprovince.dossier.ClockEntryKind kind, vn.openprovince.dossier.PauseKind why, Instant at,
                       Instant countsFrom, String actor, String reason, LegalClock.Remaining remaining) {
        int seq = ledger.stream().map(ClockEntry::seq).max(Comparator.naturalOrder()).orElse(0) + 1;
        var entry = new ClockEntry(seq, kind, why, at, countsFrom, actor, reason, dueAt, appointmentDate, remaining);
        ledger.add(entry);
        newClockEntries.add(entry);
    }

    /** A dossier filed by the officer for a walk-in applicant (channel COUNTER), in state SUBMITTED. */
    static Dossier receivedAtCounter(String code, String codeGenerator, Submission submission, Instant receivedAt,
                                     String actor) {
        var dossier = submittedOnline(code, codeGenerator, submission, receivedAt, receivedAt, actor);
        dossier.channel = SubmissionChannel.COUNTER;
        return dossier;
    }

    private void enter(DossierState next, Instant at, String actor, String note) {
        this.state = next;
        int seq = history.stream().map(HistoryEntry::seq).max(Comparator.naturalOrder()).orElse(0) + 1;
        history.add(new HistoryEntry(seq, next, at, actor, note == null || note.length() <= 500 ? note
                : note.substring(0, 497) + "..."));
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

    List<ClockEntry> drainNewClockEntries() {
        if (newClockEntries == null) {
            return List.of();
        }
        var drained = List.copyOf(newClockEntries);
        newClockEntries.clear();
        return drained;
    }

    List<ClockEntry> ledger() {
        return List.copyOf(ledger);
    }

    List<DossierNotice> notices() {
        return List.copyOf(notices);
    }

    Instant dueAt() {
        return dueAt;
    }

    ClockStatus clockStatus() {
        return clockStatus;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    String acceptedBy() {
        return acceptedBy;
    }

    String applicantData() {
        return applicantData;
    }

    String applicantKind() {
        return applicantKind;
    }

    DossierState stateBeforePause() {
        return stateBeforePause;
    }
}
