package vn.openprovince.dossier.national;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;

/** The administrator's view of the national outbox: counts, the rows page by page, and retrying a row. */
@Service
public class NationalSyncAdministration {

    private final NationalOutbox outbox;
    private final NationalPortalSettings settings;
    private final ObjectProvider<NationalPortalConnector> connector;
    private final AuditTrail audit;

    NationalSyncAdministration(NationalOutbox outbox, NationalPortalSettings settings,
                               ObjectProvider<NationalPortalConnector> connector, AuditTrail audit) {
        this.outbox = outbox;
        this.settings = settings;
        this.connector = connector;
        this.audit = audit;
    }

    /** Whether rows are being sent: a connector exists (an endpoint is configured). */
    public boolean configured() {
        return connector.getIfAvailable() != null;
    }

    public String endpoint() {
        return settings.endpoint();
    }

    public String unitCode() {
        return settings.unitCode();
    }

    @Transactional(readOnly = true)
    public Map<OutboxState, Long> counts() {
        return outbox.counts();
    }

    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(OutboxState state, Pageable page) {
        var rows = outbox.list(state, (int) page.getOffset(), page.getPageSize());
        long total = state == null ? outbox.counts().values().stream().mapToLong(Long::longValue).sum()
                : outbox.counts().get(state);
        return new PageImpl<>(rows, page, total);
    }

    /** Sends the row again from now with a fresh series of attempts; false when it was already sent. */
    @Transactional
    public boolean retry(UUID id) {
        var entry = outbox.find(id);
        if (entry.isEmpty() || !outbox.restart(id, Instant.now())) {
            return false;
        }
        audit.record("dossier.national-sync-retried", "Dossier", entry.get().dossierId(), null,
                "%s %s".formatted(entry.get().service(), entry.get().dossierCode()));
        return true;
    }
}
