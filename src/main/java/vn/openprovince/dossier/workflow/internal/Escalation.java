package vn.openprovince.dossier.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Cảnh báo sắp đến hạn / báo quá hạn: what a step's timer did when it fired. */
@Entity
@Table(name = "workflow_escalation")
class Escalation {

    enum Kind { WARNING, ESCALATION }

    @Id
    private UUID id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private UUID dossierId;
    private String dossierCode;
    private String processInstanceId;
    private String taskId;
    private String stepKey;
    private UUID agencyId;
    private Instant dueAt;
    private Instant firedAt;

    protected Escalation() {
    }

    Escalation(Kind kind, UUID dossierId, String dossierCode, String processInstanceId, String taskId, String stepKey,
               UUID agencyId, Instant dueAt, Instant firedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.stepKey = stepKey;
        this.agencyId = agencyId;
        this.dueAt = dueAt;
        this.firedAt = firedAt;
    }

    Kind kind() { return kind; }
    String taskId() { return taskId; }
}
