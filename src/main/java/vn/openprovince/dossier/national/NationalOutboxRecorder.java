package vn.openprovince.dossier.national;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.dossier.DossierStateChanged;

/**
 * Writes the outbox rows of a state change (the dossier push, then the progress step) <em>in the publisher's
 * transaction</em>: a plain synchronous {@link EventListener} runs inside the transaction that publishes the event,
 * so the state change and its outbox rows commit or roll back together. An {@code @ApplicationModuleListener} (the
 * Modulith publication registry) would run after the commit in a new transaction: safe against crashes too, but a
 * second transaction and an asynchronous step the outbox does not need, since the worker already retries.
 * The payload is built now, so the outbox keeps exactly what the portal was (or will be) told of that change.
 */
@Component
class NationalOutboxRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DossierSnapshots snapshots;
    private final NationalOutbox outbox;
    @PersistenceContext
    private EntityManager entityManager;

    NationalOutboxRecorder(DossierSnapshots snapshots, NationalOutbox outbox) {
        this.snapshots = snapshots;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional
    void on(DossierStateChanged event) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            // The publisher's changes may still sit in the persistence context; the SQL below must see them.
            entityManager.flush();
        }
        var dossier = snapshots.snapshot(event.dossierId().value(), event.to());
        var step = snapshots.step(dossier, event.to(), event.at());
        Instant now = Instant.now();
        outbox.add(dossier.dossierId(), dossier.code(), NationalOutbox.DOSSIER, dossier.nationalState(),
                JSON.writeValueAsString(new Envelope(event.from() != null, NationalPayloads.dossier(dossier))), now);
        outbox.add(dossier.dossierId(), dossier.code(), NationalOutbox.PROGRESS, step.nationalState(),
                JSON.writeValueAsString(new Envelope(false, NationalPayloads.progress(dossier, step))), now);
    }

    /** What a row holds: the payload and, for a dossier push, whether it updates one the portal already has. */
    record Envelope(boolean isUpdating, java.util.Map<String, Object> data) {
    }
}
