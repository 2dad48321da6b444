package vn.openprovince.dossier.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.openprovince.dossier.workflow.ProcessingFinished;
import vn.openprovince.dossier.workflow.ProcessingStarted;

/**
 * Moves the dossier as its process goes: started → PROCESSING, finished → RESULT_READY (the clock stops).
 *
 * <p>{@link ApplicationModuleListener} rather than a plain {@code @TransactionalEventListener}: the state change
 * runs after the workflow's transaction committed, in its own transaction, and the publication is kept in the
 * event registry until it succeeds, so a failure here (an optimistic-lock clash with an officer's action, a crash)
 * neither rolls back the completed task nor is lost; it is retried on restart. Both handlers are idempotent.
 */
@Component
class WorkflowEvents {

    private final ReceptionService reception;

    WorkflowEvents(ReceptionService reception) {
        this.reception = reception;
    }

    @ApplicationModuleListener
    void on(ProcessingStarted started) {
        reception.processingStarted(started.dossierId(), started.at(), started.processDefinitionKey());
    }

    @ApplicationModuleListener
    void on(ProcessingFinished finished) {
        reception.processingFinished(finished.dossierId(), finished.approved(), finished.decidedBy(), finished.at(),
                finished.note());
    }
}
