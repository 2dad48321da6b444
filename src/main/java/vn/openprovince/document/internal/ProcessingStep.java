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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Bước xử lý: one node of an incoming document's processing tree, e.g. the lead unit the leader
 * named or the specialist a department head assigned. Changed only through {@link IncomingDocument}.
 */
@Entity
@Table(name = "processing_step")
class ProcessingStep {

    @Id
    private UUID id;
    @Column(name = "parent_id")
    private UUID parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;
    @Column(name = "department_id")
    private UUID departmentId;
    @Column(name = "department_name")
    private String departmentName;
    @Column(name = "assignee_official_id")
    private UUID assigneeOfficialId;
    @Column(name = "assignee_name")
    private String assigneeName;
    @Column(name = "assigned_by_official_id")
    private UUID assignedByOfficialId;
    @Column(name = "assigned_by_name")
    private String assignedByName;
    @Column(length = 2000)
    private String instruction;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(length = 2000)
    private String result;
    @Column(name = "reply_document_id")
    private UUID replyDocumentId;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "step_id", nullable = false)
    @OrderBy("writtenAt")
    private List<ProgressNote> notes = new ArrayList<>();
    @Version
    private long version;

    protected ProcessingStep() {
    }

    private ProcessingStep(StepKind kind, UUID parentId, Actor by, String instruction, LocalDate deadline,
                           StepStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.parentId = parentId;
        this.assignedByOfficialId = by.officialId();
        this.assignedByName = by.name();
        this.instruction = instruction;
        this.deadline = deadline;
        this.status = status;
        this.createdAt = now;
    }

    static ProcessingStep department(StepKind kind, UUID departmentId, String departmentName, Actor leader,
                                     String instruction, LocalDate deadline, Instant now) {
        var step = new ProcessingStep(kind, null, leader, instruction, deadline,
                kind == StepKind.INFO ? StepStatus.FOR_INFORMATION : StepStatus.PENDING, now);
        step.departmentId = departmentId;
        step.departmentName = departmentName;
        return step;
    }

    static ProcessingStep forward(Actor leader, UUID toOfficialId, String toName, String instruction, Instant now) {
        var step = new ProcessingStep(StepKind.FORWARD, null, leader, instruction, null, StepStatus.PENDING, now);
        step.assigneeOfficialId = toOfficialId;
        step.assigneeName = toName;
        return step;
    }

    static ProcessingStep assignment(ProcessingStep departmentStep, Actor head, UUID assigneeId, String assigneeName,
                                     String instruction, LocalDate deadline, Instant now) {
        var step = new ProcessingStep(StepKind.ASSIGNMENT, departmentStep.id, head, instruction, deadline,
                StepStatus.PENDING, now);
        step.departmentId = departmentStep.departmentId;
        step.departmentName = departmentStep.departmentName;
        step.assigneeOfficialId = assigneeId;
        step.assigneeName = assigneeName;
        return step;
    }

    boolean isOpen() {
        return status == StepStatus.PENDING || status == StepStatus.IN_PROGRESS;
    }

    void startedWork() {
        if (status == StepStatus.PENDING) {
            status = StepStatus.IN_PROGRESS;
        }
    }

    void addNote(Actor author, String note, Instant now) {
        notes.add(new ProgressNote(author, note, now));
        startedWork();
    }

    void finish(String result, UUID replyDocumentId, Instant now) {
        this.status = StepStatus.DONE;
        this.result = result;
        this.replyDocumentId = replyDocumentId;
        this.completedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID parentId() {
        return parentId;
    }

    StepKind kind() {
        return kind;
    }

    UUID departmentId() {
        return departmentId;
    }

    String departmentName() {
        return departmentName;
    }

    UUID assigneeOfficialId() {
        return assigneeOfficialId;
    }

    String assigneeName() {
        return assigneeName;
    }

    String assignedByName() {
        return assignedByName;
    }

    UUID assignedByOfficialId() {
        return assignedByOfficialId;
    }

    String instruction() {
        return instruction;
    }

    LocalDate deadline() {
        return deadline;
    }

    StepStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String result() {
        return result;
    }

    UUID replyDocumentId() {
        return replyDocumentId;
    }

    List<ProgressNote> notes() {
        return notes;
    }
}
