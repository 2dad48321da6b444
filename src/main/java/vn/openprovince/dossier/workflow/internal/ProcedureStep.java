package vn.openprovince.dossier.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.openprovince.dossier.workflow.StepAgency;
import vn.openprovince.dossier.workflow.StepDefinition;
import vn.openprovince.identity.Role;

/** One row of a procedure's step table. */
@Entity
@Table(name = "workflow_procedure_step")
class ProcedureStep {

    @Id
    private UUID id;
    private String procedureCode;
    private int position;
    private String stepKey;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private StepAgency agencyKind;
    private UUID agencyId;
    private UUID departmentId;
    private int sharePercent;

    protected ProcedureStep() {
    }

    ProcedureStep(String procedureCode, int position, StepDefinition step) {
        this.id = UUID.randomUUID();
        this.procedureCode = procedureCode;
        this.position = position;
        this.stepKey = step.key();
        this.name = step.name();
        this.role = step.role();
        this.agencyKind = step.agency();
        this.agencyId = step.agencyId();
        this.departmentId = step.departmentId();
        this.sharePercent = step.sharePercent();
    }

    StepDefinition definition() {
        return new StepDefinition(stepKey, name, role, agencyKind, agencyId, departmentId, sharePercent);
    }
}
