package vn.openprovince.document.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;
import vn.openprovince.organization.VietnameseText;

/**
 * Văn bản đến: a document an agency received, registered with its arrival number, directed by a
 * leader and processed by departments and specialists along its processing tree.
 */
@Entity
@Table(name = "incoming_document")
class IncomingDocument {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int SEARCH_TEXT_LIMIT = 1_000_000;

    @Id
    private UUID id;
    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;
    @Column(name = "arrival_year", nullable = false)
    private int arrivalYear;
    @Column(name = "arrival_number", nullable = false)
    private int arrivalNumber;
    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "registration_deadline", nullable = false)
    private Instant registrationDeadline;
    @Column(name = "registered_by")
    private UUID registeredBy;
    @Column(name = "registered_by_name")
    private String registeredByName;
    @Column(name = "issuer_name", nullable = false)
    private String issuerName;
    @Column(name = "issuer_code")
    private String issuerCode;
    @Column(name = "number_and_symbol", nullable = false)
    private String numberAndSymbol;
    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;
    @Column(nullable = false, length = 500)
    private String summary;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_position")
    private String signerPosition;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Secrecy secrecy;
    private Integer pages;
    @Column(name = "reply_deadline")
    private LocalDate replyDeadline;
    @Column(name = "file_id", nullable = false)
    private UUID fileId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private boolean scanned;
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", nullable = false, length = 20)
    private SignatureStatus signatureStatus = SignatureStatus.NOT_CHECKED;
    @Column(name = "signature_count", nullable = false)
    private int signatureCount;
    @Column(name = "signature_signers", length = 1000)
    private String signatureSigners;
    @Column(name = "signature_checked_at")
    private Instant signatureCheckedAt;
    @Column(name = "duplicate_key", nullable = false, length = 400)
    private String duplicateKey;
    @Column(name = "duplicate_reason", length = 500)
    private String duplicateReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomingStatus status;
    @Column(name = "leader_official_id")
    private UUID leaderOfficialId;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "recalled_at")
    private Instant recalledAt;
    @Column(name = "recall_reason", length = 500)
    private String recallReason;
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LIMIT)
    private String searchText;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderBy("createdAt")
    private List<ProcessingStep> steps = new ArrayList<>();
    @Version
    private long version;

    protected IncomingDocument() {
    }

    /** Registers (vào sổ) a received document with the next arrival number of its agency's year. */
    IncomingDocument(UUID agencyId, IncomingRegistration input, int arrivalYear, int arrivalNumber, Instant arrivedAt,
                     Instant registrationDeadline, Actor clerk, StoredFile file, String fileName) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.arrivalYear = arrivalYear;
        this.arrivalNumber = arrivalNumber;
        this.arrivedAt = arrivedAt;
        this.receivedAt = input.receivedAt() == null ? arrivedAt : input.receivedAt();
        this.registrationDeadline = registrationDeadline;
        this.registeredBy = clerk.officialId();
        this.registeredByName = clerk.name();
        this.issuerName = input.issuerName();
        this.issuerCode = input.issuerCode();
        this.numberAndSymbol = input.numberAndSymbol();
        this.documentDate = input.documentDate();
        this.documentType = input.type();
        this.summary = input.summary();
        this.signerName = input.signerName();
        this.signerPosition = input.signerPosition();
        this.urgency = input.urgency();
        this.secrecy = input.secrecy();
        this.pages = input.pages() != null ? input.pages() : file.pages();
        this.replyDeadline = input.replyDeadline();
        this.fileId = file.id();
        this.fileName = fileName;
        this.scanned = !file.hasText();
        this.duplicateKey = duplicateKey(input.issuerCode(), input.issuerName(), input.numberAndSymbol(),
                input.documentDate());
        this.duplicateReason = input.duplicateReason();
        this.status = IncomingStatus.REGISTERED;
        this.searchText = searchText(file.text());
    }

    /** Same issuer (by identifier code when given, else by name), number and symbol, and date. */
    static String duplicateKey(String issuerCode, String issuerName, String numberAndSymbol, LocalDate documentDate) {
        String issuer = issuerCode != null && !issuerCode.isBlank() ? issuerCode.strip().toUpperCase()
                : VietnameseText.fold(issuerName);
        String key = issuer + "|" + VietnameseText.fold(numberAndSymbol).replace(" ", "") + "|" + documentDate;
        return key.length() > 400 ? key.substring(0, 400) : key;
    }

    private String searchText(String fileText) {
        String text = VietnameseText.fold(String.join(" ", "%02d".formatted(arrivalNumber), issuerName,
                Objects.toString(issuerCode, ""), numberAndSymbol, documentType.vietnameseName(), summary,
                Objects.toString(signerName, ""), fileText));
        return text.length() > SEARCH_TEXT_LIMIT ? text.substring(0, SEARCH_TEXT_LIMIT) : text;
    }

    LocalDate arrivalDate() {
        return arrivedAt.atZone(ZONE).toLocalDate();
    }

    /**
     * Chỉ đạo: the leader names exactly one lead unit, any supporting units and units for
     * information, each a department of this agency named once, with deadlines not before arrival.
     */
    List<ProcessingStep> direct(Actor leader, Direction direction, Instant now) {
        if (status != IncomingStatus.REGISTERED) {
            throw new DocumentException(DocumentError.DOC_ALREADY_DIRECTED);
        }
        if (direction.lead() == null) {
            throw new DocumentException(DocumentError.DOC_LEAD_UNIT_REQUIRED);
        }
        var seen = new HashSet<UUID>();
        var created = new ArrayList<ProcessingStep>();
        created.add(departmentStep(StepKind.LEAD, direction.lead(), leader, seen, now));
        direction.support().forEach(unit -> created.add(departmentStep(StepKind.SUPPORT, unit, leader, seen, now)));
        direction.info().forEach(unit -> created.add(departmentStep(StepKind.INFO, unit, leader, seen, now)));
        closeOpenForward(leader, now);
        steps.addAll(created);
        leaderOfficialId = leader.officialId();
        status = IncomingStatus.IN_PROCESSING;
        return created;
    }

    private ProcessingStep departmentStep(StepKind kind, Direction.Unit unit, Actor leader, HashSet<UUID> seen,
                                          Instant now) {
        if (!seen.add(unit.departmentId())) {
            throw new DocumentException(DocumentError.DOC_DEPARTMENT_TWICE);
        }
        if (kind != StepKind.INFO && unit.deadline() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_DEADLINE);
        }
        requireNotBeforeArrival(unit.deadline());
        return ProcessingStep.department(kind, unit.departmentId(), unit.departmentName(), leader, unit.instruction(),
                unit.deadline(), now);
    }

    /** Chuyển lãnh đạo khác: only while no unit has been directed. */
    ProcessingStep forward(Actor leader, UUID toOfficialId, String toName, String instruction, Instant now) {
        if (status != IncomingStatus.REGISTERED) {
            throw new DocumentException(DocumentError.DOC_ALREADY_DIRECTED);
        }
        closeOpenForward(leader, now);
        var step = ProcessingStep.forward(leader, toOfficialId, toName, instruction, now);
        steps.add(step);
        leaderOfficialId = toOfficialId;
        return step;
    }

    private void closeOpenForward(Actor leader, Instant now) {
        steps.stream().filter(step -> step.kind() == StepKind.FORWARD && step.isOpen())
                .forEach(step -> step.finish(null, null, now));
    }

    /** Giao xử lý: the head of a directed department assigns a specialist, with a deadline. */
    ProcessingStep assign(Actor head, UUID assigneeId, String assigneeName, LocalDate deadline, String instruction,
                          Instant now) {
        if (status == IncomingStatus.REGISTERED) {
            throw new DocumentException(DocumentError.DOC_NOT_DIRECTED);
        }
        var departmentStep = openDepartmentStep(head.departmentId())
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_NOT_YOUR_DEPARTMENT));
        if (deadline == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_DEADLINE);
        }
        requireNotBeforeArrival(deadline);
        var step = ProcessingStep.assignment(departmentStep, head, assigneeId, assigneeName, instruction, deadline, now);
        steps.add(step);
        departmentStep.startedWork();
        return step;
    }

    /** The department's lead or supporting step that still waits for work, if any. */
    Optional<ProcessingStep> openDepartmentStep(UUID departmentId) {
        return steps.stream().filter(step -> (step.kind() == StepKind.LEAD || step.kind() == StepKind.SUPPORT)
                && step.isOpen() && Objects.equals(step.departmentId(), departmentId)).findFirst();
    }

    /** Ghi nhận tiến độ: the assignee writes progress or a comment on their open step. */
    void recordProgress(UUID stepId, Actor assignee, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new DocumentException(DocumentError.DOC_MISSING_NOTE);
        }
        openStepOf(stepId, assignee).addNote(assignee, note.strip(), now);
    }

    /**
     * Hoàn thành: the assignee completes their step; a department step is done when all its
     * assignments are, and the document when its lead unit is.
     *
     * @return whether the whole document is now completed
     */
    boolean complete(UUID stepId, Actor assignee, String result, UUID replyDocumentId, Instant now) {
        var step = openStepOf(stepId, assignee);
        step.finish(result, replyDocumentId, now);
        steps.stream().filter(parent -> parent.id().equals(step.parentId())).findFirst().ifPresent(parent -> {
            boolean allDone = steps.stream().filter(child -> parent.id().equals(child.parentId()))
                    .noneMatch(ProcessingStep::isOpen);
            if (allDone && parent.isOpen()) {
                parent.finish(result, replyDocumentId, now);
            }
        });
        boolean leadDone = steps.stream().filter(s -> s.kind() == StepKind.LEAD).noneMatch(ProcessingStep::isOpen);
        if (leadDone && status == IncomingStatus.IN_PROCESSING) {
            status = IncomingStatus.COMPLETED;
            completedAt = now;
            return true;
        }
        return false;
    }

    private ProcessingStep openStepOf(UUID stepId, Actor assignee) {
        var step = steps.stream().filter(s -> s.id().equals(stepId) && s.kind() == StepKind.ASSIGNMENT).findFirst()
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_STEP));
        if (!Objects.equals(step.assigneeOfficialId(), assignee.officialId())) {
            throw new DocumentException(DocumentError.DOC_NOT_YOUR_TURN);
        }
        if (!step.isOpen()) {
            throw new DocumentException(DocumentError.DOC_STEP_CLOSED);
        }
        return step;
    }

    private void requireNotBeforeArrival(LocalDate deadline) {
        if (deadline != null && deadline.isBefore(arrivalDate())) {
            throw new DocumentException(DocumentError.DOC_DEADLINE_BEFORE_ARRIVAL);
        }
    }

    /**
     * Thu hồi: the issuer recalled the document this copy was registered from; its content is
     * withdrawn from view and search, the registration and the recall are kept (Decree 30 Art. 18).
     */
    void recall(String reason, Instant now) {
        if (recalledAt != null) {
            return;
        }
        recalledAt = now;
        recallReason = reason;
        searchText = searchText("");
    }

    boolean isRecalled() {
        return recalledAt != null;
    }

    Instant recalledAt() {
        return recalledAt;
    }

    String recallReason() {
        return recallReason;
    }

    boolean involvesDepartment(UUID departmentId, boolean includeInfo) {
        return departmentId != null && steps.stream().anyMatch(step -> departmentId.equals(step.departmentId())
                && (includeInfo || step.kind() != StepKind.INFO));
    }

    boolean assignedTo(UUID officialId) {
        return officialId != null && steps.stream().anyMatch(step -> officialId.equals(step.assigneeOfficialId()));
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    int arrivalYear() {
        return arrivalYear;
    }

    int arrivalNumber() {
        return arrivalNumber;
    }

    Instant arrivedAt() {
        return arrivedAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant registrationDeadline() {
        return registrationDeadline;
    }

    String registeredByName() {
        return registeredByName;
    }

    String issuerName() {
        return issuerName;
    }

    String issuerCode() {
        return issuerCode;
    }

    String numberAndSymbol() {
        return numberAndSymbol;
    }

    LocalDate documentDate() {
        return documentDate;
    }

    DocumentType documentType() {
        return documentType;
    }

    String summary() {
        return summary;
    }

    String signerName() {
        return signerName;
    }

    String signerPosition() {
        return signerPosition;
    }

    Urgency urgency() {
        return urgency;
    }

    Secrecy secrecy() {
        return secrecy;
    }

    Integer pages() {
        return pages;
    }

    LocalDate replyDeadline() {
        return replyDeadline;
    }

    UUID fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    boolean scanned() {
        return scanned;
    }

    /** Records what the signature check found when the document arrived. */
    void signaturesChecked(SignatureCheck check) {
        this.signatureStatus = check.status();
        this.signatureCount = check.signatureCount();
        this.signatureSigners = check.signersText().isEmpty() ? null : check.signersText();
        this.signatureCheckedAt = check.checkedAt();
    }

    SignatureStatus signatureStatus() {
        return signatureStatus;
    }

    int signatureCount() {
        return signatureCount;
    }

    String signatureSigners() {
        return signatureSigners;
    }

    Instant signatureCheckedAt() {
        return signatureCheckedAt;
    }

    String duplicateReason() {
        return duplicateReason;
    }

    IncomingStatus status() {
        return status;
    }

    UUID leaderOfficialId() {
        return leaderOfficialId;
    }

    Instant completedAt() {
        return completedAt;
    }

    List<ProcessingStep> steps() {
        return steps;
    }
}
