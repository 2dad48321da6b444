package vn.openprovince.dossier.national;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hàng đợi đồng bộ DVCQG (transactional outbox) in plain SQL. Rows are written in the transaction of the state
 * change; workers claim a row with one conditional update (the same on H2 and PostgreSQL, safe with several
 * nodes). A row is due only when every earlier row of its dossier was sent, so the portal sees the states in order.
 */
@Repository
class NationalOutbox {

    static final String DOSSIER = "DongBoHoSoMC";
    static final String PROGRESS = "CapNhatTienDoHoSoMC";
    private static final String COLUMNS = "id, seq, dossier_id, dossier_code, service, national_state, state, attempts,"
            + " next_attempt_at, last_error, created_at, sent_at";

    private final JdbcTemplate jdbc;

    NationalOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID dossierId, String code, String service, int nationalState, String payload, Instant now) {
        jdbc.update("insert into dossier_national_outbox (id, dossier_id, dossier_code, service, national_state, payload,"
                        + " state, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                UUID.randomUUID(), dossierId, code, service, nationalState, payload, Timestamp.from(now),
                Timestamp.from(now));
    }

    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("select o.id from dossier_national_outbox o where o.state = 'PENDING'"
                + " and o.next_attempt_at <= ? and (o.claimed_until is null or o.claimed_until < ?)"
                + " and not exists (select 1 from dossier_national_outbox e where e.dossier_id = o.dossier_id"
                + " and e.seq < o.seq and e.state <> 'SENT') order by o.seq fetch first ? rows only",
                UUID.class, Timestamp.from(now), Timestamp.from(now), limit);
    }

    /** Takes the row for one attempt until {@code until}; false when another worker has it. */
    boolean claim(UUID id, Instant now, Instant until) {
        return jdbc.update("update dossier_national_outbox set claimed_until = ?, attempts = attempts + 1"
                + " where id = ? and state = 'PENDING' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?)",
                Timestamp.from(until), id, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    String payload(UUID id) {
        return jdbc.queryForObject("select payload from dossier_national_outbox where id = ?", String.class, id);
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from dossier_national_outbox where id = ?", NationalOutbox::row, id)
                .stream().findFirst();
    }

    List<OutboxEntry> list(OutboxState state, int offset, int limit) {
        if (state == null) {
            return jdbc.query("select " + COLUMNS + " from dossier_national_outbox order by created_at desc, seq desc"
                    + " offset ? rows fetch next ? rows only", NationalOutbox::row, offset, limit);
        }
        return jdbc.query("select " + COLUMNS + " from dossier_national_outbox where state = ?"
                + " order by created_at desc, seq desc offset ? rows fetch next ? rows only", NationalOutbox::row,
                state.name(), offset, limit);
    }

    List<OutboxEntry> ofDossier(UUID dossierId) {
        return jdbc.query("select " + COLUMNS + " from dossier_national_outbox where dossier_id = ? order by seq",
                NationalOutbox::row, dossierId);
    }

    Map<OutboxState, Long> counts() {
        var counts = new LinkedHashMap<OutboxState, Long>();
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("select state, count(*) from dossier_national_outbox group by state",
                rs -> { counts.put(OutboxState.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    void sent(UUID id, Instant now) {
        jdbc.update("update dossier_national_outbox set state = 'SENT', sent_at = ?, claimed_until = null,"
                + " last_error = null where id = ?", Timestamp.from(now), id);
    }

    void failed(UUID id, String error) {
        jdbc.update("update dossier_national_outbox set state = 'FAILED', claimed_until = null, last_error = ?"
                + " where id = ?", truncate(error), id);
    }

    void retryAt(UUID id, Instant next, String error) {
        jdbc.update("update dossier_national_outbox set next_attempt_at = ?, claimed_until = null, last_error = ?"
                + " where id = ?", Timestamp.from(next), truncate(error), id);
    }

    /** An administrator's retry: a fresh series of attempts from now, for a FAILED row or a waiting one. */
    boolean restart(UUID id, Instant now) {
        return jdbc.update("update dossier_national_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " claimed_until = null where id = ? and state in ('FAILED', 'PENDING')", Timestamp.from(now), id) == 1;
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static OutboxEntry row(ResultSet rs, int n) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"), rs.getString("service"), rs.getInt("national_state"),
                OutboxState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
