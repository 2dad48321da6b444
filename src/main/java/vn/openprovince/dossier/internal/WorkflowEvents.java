package vn.openprovince.dossier.internal;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.openprovince.dossier.workflow.ProcessingFinished;
import vn.openprovince.dossier.workflow.ProcessingStarted;

/**
 * Moves the dossier as its process goes: started → PROCESSING, finished → RESULT_READY (the clock stops).
 *
 * <p>After the workflow's transaction committed, asynchronously, and tracked by the event publication registry:
 * a failure here neither rolls back the completed task nor is lost (it is republished on restart). Each attempt
 * runs in its own transaction, so an optimistic-lock clash with an officer's action on the same dossier at the same
 * moment is retried at once with the fresh row instead of waiting for a restart. Both handlers are idempotent.
 */
@Component
class WorkflowEvents {

    private final ReceptionService reception;

    WorkflowEvents(ReceptionService reception) {
        this.reception = reception;
    }

    @Async
    @TransactionalEventListener
    void on(ProcessingStarted started) {
        ConcurrentChange.retried(() -> {
            reception.processingStarted(started.dossierId(), started.at(), started.processDefinitionKey());
            return null;
        });
    }

    @Async
    @TransactionalEventListener
    void on(ProcessingFinished finished) {
        ConcurrentChange.retried(() -> {
            reception.processingFinished(finished.dossierId(), finished.approved(), finished.decidedBy(), finished.at(),
                    finished.note());
            return null;
        });
    }

}
