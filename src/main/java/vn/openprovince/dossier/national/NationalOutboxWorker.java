package vn.openprovince.dossier.national;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.audit.AuditTrail;

/**
 * Tiến trình đồng bộ DVCQG: claims due outbox rows and sends them through the connector, outside any transaction;
 * a failure is retried with exponential back-off, and after the last attempt the row is FAILED for an administrator
 * to retry. Without a connector (no endpoint configured) it does nothing and the rows wait.
 */
@Component
class NationalOutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(NationalOutboxWorker.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final NationalOutbox outbox;
    private final NationalPortalSettings settings;
    private final ObjectProvider<NationalPortalConnector> connector;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    NationalOutboxWorker(NationalOutbox outbox, NationalPortalSettings settings,
                         ObjectProvider<NationalPortalConnector> connector, AuditTrail audit,
                         TransactionTemplate transactions) {
        this.outbox = outbox;
        this.settings = settings;
        this.connector = connector;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** One pass over the due rows; returns how many were sent. */
    @Scheduled(fixedDelayString = "${openprovince.national.worker-delay:10s}",
            initialDelayString = "${openprovince.national.worker-delay:10s}")
    int sendDue() {
        NationalPortalConnector portal = connector.getIfAvailable();
        if (portal == null) {
            return 0;
        }
        int sent = 0;
        Instant now = Instant.now();
        for (UUID id : outbox.due(now, settings.batchSize())) {
            if (outbox.claim(id, now, now.plus(settings.claimFor())) && attempt(portal, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(NationalPortalConnector portal, UUID id) {
        OutboxEntry entry = outbox.find(id).orElseThrow();
        Map<String, Object> envelope = JSON.readValue(outbox.payload(id), MAP);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) envelope.get("data");
        NationalPortalConnector.Outcome outcome;
        try {
            outcome = NationalOutbox.DOSSIER.equals(entry.service())
                    ? portal.pushDossier(data, Boolean.TRUE.equals(envelope.get("isUpdating")))
                    : portal.pushProgress(data);
        } catch (RuntimeException e) {
            outcome = new NationalPortalConnector.Outcome(false, 0, e.getMessage());
        }
        var result = outcome;
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            if (result.accepted()) {
                outbox.sent(id, now);
                audit.record("dossier.national-synced", "Dossier", entry.dossierId(), null,
                        "%s %s trạng thái %d (lần %d)".formatted(entry.service(), entry.dossierCode(),
                                entry.nationalState(), entry.attempts()));
            } else if (entry.attempts() >= settings.maxAttempts()) {
                outbox.failed(id, result.message());
                audit.record("dossier.national-sync-failed", "Dossier", entry.dossierId(), null,
                        "%s %s sau %d lần: %s".formatted(entry.service(), entry.dossierCode(), entry.attempts(),
                                result.message()));
                log.warn("National sync {} of {} FAILED after {} attempts", entry.service(), entry.dossierCode(),
                        entry.attempts());
            } else {
                outbox.retryAt(id, now.plus(settings.backoff(entry.attempts())), result.message());
            }
        });
        return result.accepted();
    }
}
