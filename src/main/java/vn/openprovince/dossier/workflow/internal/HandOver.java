package vn.openprovince.dossier.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Một lần giao nhận hồ sơ trên phiếu kiểm soát quá trình (Form 06): a completed step, who handed the dossier
 * over and when, whether that was before, on or after the step's due time, and who received it (the officer
 * who took the next step) and when.
 */
@Entity
@Table(name = "workflow_hand_over")
class HandOver {

    /** Trước hạn, đúng hạn, quá hạn: "on time" is the step's last working hour before its due time. */
    enum Timeliness { EARLY, ON_TIME, LATE }

    @Id
    private UUID id;
    private UUID dossierId;
    private String dossierCode;
    private String processInstanceId;
    private String taskId;
    private String stepKey;
    private String stepName;
    private UUID agencyId;
    private String handedBy;
    private String handedByName;
    private Instant handedAt;
    private Instant dueAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Timeliness timeliness;
    private String decision;
    private String note;
    private String nextTaskId;
    private String receivedBy;
    private String receivedByName;
    private Instant receivedAt;

    protected HandOver() {
    }

    HandOver(UUID dossierId, String dossierCode, String processInstanceId, String taskId, String stepKey,
             String stepName, UUID agencyId, String handedBy, String handedByName, Instant handedAt, Instant dueAt,
             Timeliness timeliness, String decision, String note) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.agencyId = agencyId;
        this.handedBy = handedBy;
        this.handedByName = handedByName;
        this.handedAt = handedAt;
        this.dueAt = dueAt;
        this.timeliness = timeliness;
        this.decision = decision;
        this.note = note;
    }

    void nextTask(String taskId) {
        this.nextTaskId = taskId;
    }

    void receivedBy(String username, String name, Instant at) {
        this.receivedBy = username;
        this.receivedByName = name;
        this.receivedAt = at;
    }

    UUID dossierId() { return dossierId; }
    String dossierCode() { return dossierCode; }
    String taskId() { return taskId; }
    String stepKey() { return stepKey; }
    String stepName() { return stepName; }
    UUID agencyId() { return agencyId; }
    String handedBy() { return handedBy; }
    String handedByName() { return handedByName; }
    Instant handedAt() { return handedAt; }
    Instant dueAt() { return dueAt; }
    Timeliness timeliness() { return timeliness; }
    String decision() { return decision; }
    String note() { return note; }
    String nextTaskId() { return nextTaskId; }
    String receivedBy() { return receivedBy; }
    String receivedByName() { return receivedByName; }
    Instant receivedAt() { return receivedAt; }
}
