package vn.openprovince.dossier.workflow.internal;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.dossier.DossierAccepted;
import vn.openprovince.dossier.workflow.ProcessingStarted;

/**
 * Starts the procedure's process when a dossier is accepted: after the acceptance commits, from the event
 * publication registry, so a crash in between only delays it. The dossier id is the process's business key;
 * a redelivered event finds the process already there and starts nothing.
 */
@Component
class WorkflowStarter {

    private static final Logger log = LoggerFactory.getLogger(WorkflowStarter.class);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProcessDefinitions definitions;
    private final ProcedureCatalog catalog;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    WorkflowStarter(RuntimeService runtime, HistoryService history, ProcessDefinitions definitions,
                    ProcedureCatalog catalog, AuditTrail audit, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.history = history;
        this.definitions = definitions;
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DossierAccepted accepted) {
        String businessKey = accepted.dossierId().value().toString();
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        String definitionId = definitions.processDefinitionFor(accepted.procedureCode(), accepted.competentAgency());
        Map<String, Object> variables = new HashMap<>();
        variables.put(WorkflowVariables.DOSSIER_ID, businessKey);
        variables.put(WorkflowVariables.DOSSIER_CODE, accepted.code());
        variables.put(WorkflowVariables.PROCEDURE_CODE, accepted.procedureCode());
        variables.put(BpmnGenerator.COMPETENT_AGENCY, accepted.competentAgency().value().toString());
        variables.put(BpmnGenerator.RECEIVING_AGENCY, accepted.receivingAgency() == null
                ? accepted.competentAgency().value().toString() : accepted.receivingAgency().value().toString());
        variables.put(StepClock.DOSSIER_DUE_AT, accepted.dueAt() == null ? null : Date.from(accepted.dueAt()));
        variables.put(WorkflowVariables.ACCEPTED_AT, Date.from(accepted.acceptedAt()));
        var version = accepted.procedureVersionId() == null ? catalog.currentVersion(accepted.procedureCode())
                : catalog.version(accepted.procedureVersionId());
        version.map(details -> details.processingTime()).ifPresent(time -> {
            variables.put(StepClock.LEGAL_AMOUNT, time.amount());
            variables.put(StepClock.LEGAL_UNIT, time.unit().name());
        });
        var instance = runtime.createProcessInstanceBuilder().processDefinitionId(definitionId)
                .businessKey(businessKey).name(accepted.code()).variables(variables).start();
        events.publishEvent(new ProcessingStarted(accepted.dossierId(), accepted.code(),
                instance.getProcessDefinitionKey(), clock.instant()));
        audit.record("workflow.process-started", "Dossier", accepted.dossierId().value(),
                accepted.competentAgency().value(), accepted.code() + " · " + instance.getProcessDefinitionId());
        log.debug("Process {} started for dossier {}", instance.getId(), accepted.code());
    }
}
