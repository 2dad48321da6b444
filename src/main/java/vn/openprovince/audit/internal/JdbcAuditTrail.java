package vn.openprovince.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.openprovince.audit.AuditRecord;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.audit.ChainVerification;

/**
 * Appends entries under a row lock on the chain head, so concurrent writers on any number of nodes
 * produce one gap-free chain.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcAuditTrail(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    /**
     * In a transaction the entry is kept until just before the commit and appended then: the chain head's row lock
     * is held from the first append to the commit, and a long transaction that audited early (a demo seed making
     * keys, an import) would otherwise make every audited action of the platform wait for it. Who, what and when
     * are taken now; the sequence number and hash at the append.
     */
    @Override
    public void record(String action, String objectType, Object objectId, UUID agencyId, String details) {
        var entry = new Pending(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), currentActor(), action, objectType,
                objectId == null ? null : objectId.toString(), agencyId, clientAddress(), truncate(details));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            var pending = (PendingEntries) TransactionSynchronizationManager.getResource(this);
            if (pending == null) {
                pending = new PendingEntries(this);
                TransactionSynchronizationManager.bindResource(this, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            if (!pending.appended) {
                pending.entries.add(entry);
                return;
            }
        }
        transactions.executeWithoutResult(status -> append(List.of(entry)));
    }

    private void append(List<Pending> entries) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previousHash = (String) head.get("last_hash");
        for (Pending p : entries) {
            seq++;
            var entry = new AuditEntry(seq, p.occurredAt(), p.actor(), p.action(), p.objectType(), p.objectId(),
                    p.agencyId(), p.clientAddress(), p.details(), previousHash);
            String hash = entry.hash();
            jdbc.update("""
                    insert into audit_entry (seq, occurred_at, actor, action, object_type, object_id, agency_id,
                                             client_address, details, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    seq, Timestamp.from(entry.occurredAt()), entry.actor(), p.action(), p.objectType(), entry.objectId(),
                    p.agencyId(), entry.clientAddress(), entry.details(), previousHash, hash);
            previousHash = hash;
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previousHash);
    }

    /** An entry as recorded, before it has its place in the chain. */
    private record Pending(Instant occurredAt, String actor, String action, String objectType, String objectId,
                           UUID agencyId, String clientAddress, String details) {
    }

    /** A transaction's entries, appended in one go before it commits (and gone with it if it rolls back). */
    private static final class PendingEntries implements TransactionSynchronization {

        private final JdbcAuditTrail trail;
        private final List<Pending> entries = new ArrayList<>();
        private boolean appended;

        PendingEntries(JdbcAuditTrail trail) {
            this.trail = trail;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            if (!entries.isEmpty()) {
                trail.append(entries);
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(trail);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(trail, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(trail);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> entries(Pageable page) {
        Long total = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        List<AuditRecord> content = jdbc.query("""
                select seq, occurred_at, actor, action, object_type, object_id, agency_id, client_address, details
                from audit_entry order by seq desc offset ? rows fetch next ? rows only""",
                (rs, n) -> new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
                        rs.getString("object_id"), rs.getObject("agency_id", UUID.class),
                        rs.getString("client_address"), rs.getString("details")),
                page.getOffset(), page.getPageSize());
        return new PageImpl<>(content, page, total == null ? 0 : total);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long expectedSeq = 1;
        String runningHash = AuditEntry.GENESIS;
        long checked = 0;
        while (true) {
            List<StoredEntry> page = jdbc.query("""
                    select seq, occurred_at, actor, action, object_type, object_id, agency_id, client_address,
                           details, previous_hash, hash
                    from audit_entry where seq >= ? order by seq fetch first %d rows only""".formatted(PAGE),
                    (rs, n) -> new StoredEntry(new AuditEntry(rs.getLong("seq"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                            rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                            rs.getObject("agency_id", UUID.class), rs.getString("client_address"),
                            rs.getString("details"), rs.getString("previous_hash")), rs.getString("hash")),
                    expectedSeq);
            for (StoredEntry stored : page) {
                AuditEntry entry = stored.entry();
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq,
                            "entry %d is missing (next stored entry is %d)".formatted(expectedSeq, entry.seq()));
                }
                if (!entry.previousHash().equals(runningHash)) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "entry %d does not link to the hash of entry %d".formatted(entry.seq(), entry.seq() - 1));
                }
                if (!entry.hash().equals(stored.hash())) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "entry %d was altered: its content no longer matches its hash".formatted(entry.seq()));
                }
                checked++;
                runningHash = stored.hash();
                expectedSeq++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq != expectedSeq - 1 || !runningHash.equals(head.get("last_hash"))) {
            return ChainVerification.broken(checked, expectedSeq,
                    "entries %d to %d were removed from the end of the chain".formatted(expectedSeq, lastSeq));
        }
        return ChainVerification.ok(checked);
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 2000 ? details : details.substring(0, 1997) + "...";
    }

    private record StoredEntry(AuditEntry entry, String hash) {
    }
}
