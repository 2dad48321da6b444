package vn.openprovince.dossier.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Quy trình của thủ tục: the process in force for a procedure code and where it came from. */
@Entity
@Table(name = "workflow_procedure_process")
class ProcedureProcess {

    /** Whether the process was generated from a step table or uploaded as a BPMN file. */
    enum Source { STEP_TABLE, UPLOAD }

    @Id
    private String procedureCode;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Source source;
    private String processKey;
    private String deploymentId;
    private String processDefinitionId;
    private int definitionVersion;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected ProcedureProcess() {
    }

    ProcedureProcess(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    void deployed(Source source, String processKey, String deploymentId, String processDefinitionId,
                  int definitionVersion, String by, Instant at) {
        this.source = source;
        this.processKey = processKey;
        this.deploymentId = deploymentId;
        this.processDefinitionId = processDefinitionId;
        this.definitionVersion = definitionVersion;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String procedureCode() {
        return procedureCode;
    }

    Source source() {
        return source;
    }

    String processKey() {
        return processKey;
    }

    String processDefinitionId() {
        return processDefinitionId;
    }

    int definitionVersion() {
        return definitionVersion;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
