package vn.openprovince.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hàng đợi gửi (transactional outbox) in plain SQL: rows are written in the transaction that decided
 * to send, and claimed by workers with one atomic conditional update, which works the same on H2
 * and PostgreSQL and lets several nodes share the queue without sending a row twice at once.
 */
@Repository
class Outbox {

    private static final String COLUMNS = "id, kind, outgoing_id, agency_id, edxml_document_id, status_code, endpoint, "
            + "recipients, state, attempts, next_attempt_at, last_error, created_at, delivered_at";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the row unless one with the same key exists; returns whether it was written. */
    boolean add(String dedupeKey, String kind, UUID outgoingId, UUID agencyId, String documentId, String statusCode,
                String endpoint, String recipients, byte[] payload, DeliveryState state, String error, Instant now) {
        Integer existing = jdbc.queryForObject("select count(*) from exchange_delivery where dedupe_key = ?",
                Integer.class, dedupeKey);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update("insert into exchange_delivery (id, dedupe_key, kind, outgoing_id, agency_id, edxml_document_id,"
                            + " status_code, endpoint, recipients, payload, state, attempts, next_attempt_at, last_error,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    UUID.randomUUID(), dedupeKey, kind, outgoingId, agencyId, documentId, statusCode, endpoint,
                    recipients, payload, state.name(), Timestamp.from(now), error, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("select id from exchange_delivery where state = 'PENDING' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at fetch first ? rows only",
                UUID.class, Timestamp.from(now), Timestamp.from(now), limit);
    }

    /** Takes the row for one attempt until {@code until}; false when another worker has it. */
    boolean claim(UUID id, Instant now, Instant until) {
        return jdbc.update("update exchange_delivery set claimed_until = ?, attempts = attempts + 1"
                + " where id = ? and state = 'PENDING' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?)",
                Timestamp.from(until), id, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    byte[] payload(UUID id) {
        return jdbc.queryForObject("select payload from exchange_delivery where id = ?", byte[].class, id);
    }

    Optional<Delivery> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from exchange_delivery where id = ?", Outbox::row, id).stream()
                .findFirst();
    }

    List<Delivery> byState(DeliveryState state, int limit) {
        return jdbc.query("select " + COLUMNS + " from exchange_delivery where state = ? order by created_at desc"
                + " fetch first ? rows only", Outbox::row, state.name(), limit);
    }

    List<Delivery> recent(int limit) {
        return jdbc.query("select " + COLUMNS + " from exchange_delivery order by created_at desc fetch first ? rows only",
                Outbox::row, limit);
    }

    List<Delivery> ofOutgoing(UUID outgoingId) {
        return jdbc.query("select " + COLUMNS + " from exchange_delivery where outgoing_id = ? order by created_at",
                Outbox::row, outgoingId);
    }

    void delivered(UUID id, Instant now) {
        jdbc.update("update exchange_delivery set state = 'DELIVERED', delivered_at = ?, claimed_until = null,"
                + " last_error = null where id = ?", Timestamp.from(now), id);
    }

    void finished(UUID id, DeliveryState state, String error) {
        jdbc.update("update exchange_delivery set state = ?, claimed_until = null, last_error = ? where id = ?",
                state.name(), truncate(error), id);
    }

    void retryAt(UUID id, Instant next, String error) {
        jdbc.update("update exchange_delivery set next_attempt_at = ?, claimed_until = null, last_error = ?"
                + " where id = ?", Timestamp.from(next), truncate(error), id);
    }

    /** An administrator's retry: a fresh series of attempts from now. */
    boolean restart(UUID id, Instant now) {
        return jdbc.update("update exchange_delivery set state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " claimed_until = null where id = ? and state in ('DEAD', 'PENDING')", Timestamp.from(now), id) == 1;
    }

    boolean cancel(UUID id) {
        return jdbc.update("update exchange_delivery set state = 'CANCELLED', claimed_until = null"
                + " where id = ? and state in ('DEAD', 'PENDING')", id) == 1;
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("outgoing_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("edxml_document_id"), rs.getString("status_code"),
                rs.getString("endpoint"), rs.getString("recipients"), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
