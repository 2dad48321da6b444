package vn.openprovince.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.openprovince.exchange.edxml.StatusCode;

/**
 * Theo dõi văn bản đi liên thông: per document and external recipient, the latest status and the
 * history of status messages, as the sender sees them.
 */
@Repository
class Tracking {

    private final JdbcTemplate jdbc;

    Tracking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Lần gửi tới một nơi nhận. */
    record Recipient(UUID id, UUID outgoingId, UUID agencyId, String documentId, String organId, String organName,
                     String statusCode, Instant updatedAt) {
    }

    /** Một trạng thái đã nhận. */
    record Event(String statusCode, String description, Instant occurredAt, Instant receivedAt) {
    }

    void addRecipient(UUID outgoingId, UUID agencyId, String documentId, String organId, String organName,
                      Instant now) {
        Integer existing = jdbc.queryForObject("select count(*) from exchange_recipient where edxml_document_id = ?"
                + " and organ_id = ?", Integer.class, documentId, organId);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update("insert into exchange_recipient (id, outgoing_id, agency_id, edxml_document_id, organ_id, organ_name,"
                        + " status_rank, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?)", UUID.randomUUID(), outgoingId,
                agencyId, documentId, organId, organName, Timestamp.from(now));
    }

    Optional<Recipient> recipient(String documentId, String organId) {
        return jdbc.query("select * from exchange_recipient where edxml_document_id = ? and organ_id = ?",
                (rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getObject("outgoing_id", UUID.class),
                        rs.getObject("agency_id", UUID.class), rs.getString("edxml_document_id"),
                        rs.getString("organ_id"), rs.getString("organ_name"), rs.getString("status_code"),
                        Outbox.instant(rs, "updated_at")), documentId, organId).stream().findFirst();
    }

    List<Recipient> recipients(UUID outgoingId) {
        return jdbc.query("select * from exchange_recipient where outgoing_id = ? order by organ_id",
                (rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getObject("outgoing_id", UUID.class),
                        rs.getObject("agency_id", UUID.class), rs.getString("edxml_document_id"),
                        rs.getString("organ_id"), rs.getString("organ_name"), rs.getString("status_code"),
                        Outbox.instant(rs, "updated_at")), outgoingId);
    }

    List<Event> history(UUID recipientId) {
        return jdbc.query("select status_code, description, occurred_at, received_at from exchange_status_event"
                        + " where recipient_id = ? order by received_at, occurred_at",
                (rs, n) -> new Event(rs.getString("status_code"), rs.getString("description"),
                        Outbox.instant(rs, "occurred_at"), Outbox.instant(rs, "received_at")), recipientId);
    }

    /**
     * Records a status once per code. The latest status only moves forward: a 03 arriving after the 06
     * is kept in the history but does not replace it. Returns whether the status was new.
     */
    boolean record(UUID recipientId, StatusCode code, String description, Instant occurredAt, Instant now) {
        // One recipient's statuses are recorded one at a time: the package and its replacement request
        // may both report 01 at once.
        jdbc.query("select id from exchange_recipient where id = ? for update", (rs, n) -> rs.getObject(1),
                recipientId);
        Integer existing = jdbc.queryForObject("select count(*) from exchange_status_event where recipient_id = ?"
                + " and status_code = ?", Integer.class, recipientId, code.code());
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update("insert into exchange_status_event (id, recipient_id, status_code, description, occurred_at,"
                            + " received_at) values (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), recipientId, code.code(),
                    description == null ? null : description.length() > 1000 ? description.substring(0, 1000) : description,
                    Timestamp.from(occurredAt), Timestamp.from(now));
        } catch (DuplicateKeyException raced) {
            return false;
        }
        jdbc.update("update exchange_recipient set status_code = ?, status_rank = ?, updated_at = ?"
                + " where id = ? and status_rank < ?", code.code(), code.rank(), Timestamp.from(now), recipientId,
                code.rank());
        return true;
    }
}
