package vn.openprovince.exchange.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Văn bản liên thông đến: what arrived for this platform's agencies, waiting for or past registration. */
@Repository
class Arrivals {

    private static final String COLUMNS = "id, edxml_document_id, sender_organ_id, sender_name, recipient_organ_id,"
            + " agency_id, number_and_symbol, promulgation_date, subject, priority, signer_name, signer_position,"
            + " due_date, signed_by, state, incoming_document_id, received_at, registered_at, recall_state, recall_reason,"
            + " change_kind, change_state, change_reason, replaces_document_id";

    private final JdbcTemplate jdbc;

    Arrivals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param state      TO_REGISTER, REGISTERED, REJECTED, RECALLED or REPLACED
     * @param changeKind UPDATE or REPLACE when the sender asked for a change ({@code changeState} REQUESTED,
     *                   ACCEPTED, REFUSED)
     */
    record Arrival(UUID id, String documentId, String senderOrganId, String senderName, String recipientOrganId,
                   UUID agencyId, String numberAndSymbol, LocalDate promulgationDate, String subject, int priority,
                   String signerName, String signerPosition, LocalDate dueDate, String signedBy, String state,
                   UUID incomingDocumentId, Instant receivedAt, Instant registeredAt, String recallState,
                   String recallReason, String changeKind, String changeState, String changeReason,
                   String replacesDocumentId) {

        /** A new arrival, waiting for its clerk. */
        static Arrival toRegister(UUID id, String documentId, String senderOrganId, String senderName,
                                  String recipientOrganId, UUID agencyId, String numberAndSymbol,
                                  LocalDate promulgationDate, String subject, int priority, String signerName,
                                  String signerPosition, LocalDate dueDate, String signedBy, Instant receivedAt) {
            return new Arrival(id, documentId, senderOrganId, senderName, recipientOrganId, agencyId, numberAndSymbol,
                    promulgationDate, subject, priority, signerName, signerPosition, dueDate, signedBy, "TO_REGISTER",
                    null, receivedAt, null, null, null, null, null, null, null);
        }
    }

    /**
     * Takes the sender's directory row for the rest of the transaction, so that two packages of one
     * document received at once (the new document and its replacement request, or a resend racing
     * the first delivery) are stored one after the other: the second sees the first's arrival
     * instead of failing on the unique key.
     */
    void lockSender(String senderOrganId) {
        jdbc.query("select organ_id from exchange_directory_entry where organ_id = ? for update",
                (rs, n) -> rs.getString(1), senderOrganId);
    }

    /** Stores the arrival unless this document from this sender is already here for this agency. */
    boolean add(Arrival a, byte[] packageXml, boolean paper) {
        if (find(a.documentId(), a.senderOrganId(), a.recipientOrganId()).isPresent()) {
            return false;
        }
        try {
            jdbc.update("insert into exchange_arrival (" + COLUMNS + ", package_xml, paper, status_rank) values"
                            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, null, null, null,"
                            + " ?, ?, 1)", a.id(), a.documentId(),
                    a.senderOrganId(), a.senderName(), a.recipientOrganId(), a.agencyId(), a.numberAndSymbol(),
                    Date.valueOf(a.promulgationDate()), a.subject(), a.priority(), a.signerName(), a.signerPosition(),
                    a.dueDate() == null ? null : Date.valueOf(a.dueDate()), a.signedBy(), a.state(), null,
                    Timestamp.from(a.receivedAt()), null, packageXml, paper);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    Optional<Arrival> find(String documentId, String senderOrganId, String recipientOrganId) {
        return jdbc.query("select " + COLUMNS + " from exchange_arrival where edxml_document_id = ?"
                        + " and sender_organ_id = ? and recipient_organ_id = ?", Arrivals::row, documentId,
                senderOrganId, recipientOrganId).stream().findFirst();
    }

    Optional<Arrival> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from exchange_arrival where id = ?", Arrivals::row, id).stream()
                .findFirst();
    }

    Optional<Arrival> byIncomingDocument(UUID incomingDocumentId) {
        return jdbc.query("select " + COLUMNS + " from exchange_arrival where incoming_document_id = ?",
                Arrivals::row, incomingDocumentId).stream().findFirst();
    }

    /** One page, newest first, of the given agencies (all when {@code agencies} is null). */
    Page<Arrival> page(Set<UUID> agencies, String state, Pageable pageable) {
        if (agencies != null && agencies.isEmpty()) {
            return Page.empty(pageable);
        }
        var arguments = new ArrayList<Object>();
        arguments.add(state);
        String where = " where state = ?";
        if (agencies != null) {
            where += " and agency_id in (" + String.join(",", Collections.nCopies(agencies.size(), "?")) + ")";
            arguments.addAll(agencies);
        }
        long total = jdbc.queryForObject("select count(*) from exchange_arrival" + where, Long.class, arguments.toArray());
        arguments.add(pageable.getOffset());
        arguments.add(pageable.getPageSize());
        List<Arrival> rows = jdbc.query("select " + COLUMNS + " from exchange_arrival" + where
                + " order by received_at desc, id offset ? rows fetch next ? rows only", Arrivals::row, arguments.toArray());
        return new PageImpl<>(rows, pageable, total);
    }

    byte[] packageXml(UUID id) {
        return jdbc.queryForObject("select package_xml from exchange_arrival where id = ?", byte[].class, id);
    }

    /** Takes the arrival for registration; false when it was registered or rejected meanwhile. */
    boolean markRegistered(UUID id, UUID incomingDocumentId, Instant now) {
        return jdbc.update("update exchange_arrival set state = 'REGISTERED', incoming_document_id = ?,"
                + " registered_at = ? where id = ? and state = 'TO_REGISTER'", incomingDocumentId,
                Timestamp.from(now), id) == 1;
    }

    boolean markRejected(UUID id) {
        return jdbc.update("update exchange_arrival set state = 'REJECTED' where id = ? and state = 'TO_REGISTER'",
                id) == 1;
    }

    /** The sender asked to take the document back; false when a recall was already asked for. */
    boolean requestRecall(UUID id, String reason) {
        return jdbc.update("update exchange_arrival set recall_state = 'REQUESTED', recall_reason = ?"
                + " where id = ? and recall_state is null", reason, id) == 1;
    }

    /** The clerk's answer; a document not yet registered leaves the queue with its content withdrawn. */
    boolean answerRecall(UUID id, boolean accepted) {
        return jdbc.update("update exchange_arrival set recall_state = ?, state = case when ? and state = 'TO_REGISTER'"
                + " then 'RECALLED' else state end where id = ? and recall_state = 'REQUESTED'",
                accepted ? "ACCEPTED" : "REFUSED", accepted, id) == 1;
    }

    /**
     * The sender asks for an update (the updated package waits in change_xml) or says this arrival
     * replaces another document. False when the same change was already asked for.
     */
    boolean requestChange(UUID id, String kind, String reason, byte[] changeXml, String replacesDocumentId) {
        return jdbc.update("update exchange_arrival set change_kind = ?, change_state = 'REQUESTED', change_reason = ?,"
                + " change_xml = ?, replaces_document_id = ? where id = ? and (change_state is null"
                + " or change_state <> 'REQUESTED') and not (coalesce(change_kind, '') = ? and coalesce(change_reason, '') = ?)",
                kind, reason, changeXml, replacesDocumentId, id, kind, reason == null ? "" : reason) == 1;
    }

    byte[] changeXml(UUID id) {
        return jdbc.queryForObject("select change_xml from exchange_arrival where id = ?", byte[].class, id);
    }

    /** The clerk's answer to a change; false when none is waiting. */
    boolean answerChange(UUID id, boolean accepted) {
        return jdbc.update("update exchange_arrival set change_state = ? where id = ? and change_state = 'REQUESTED'",
                accepted ? "ACCEPTED" : "REFUSED", id) == 1;
    }

    /** An accepted update of a document not yet registered: its package and metadata become the update's. */
    boolean applyUpdate(UUID id, byte[] packageXml, String numberAndSymbol, LocalDate promulgationDate, String subject,
                        int priority, String signerName, String signerPosition, LocalDate dueDate) {
        return jdbc.update("update exchange_arrival set package_xml = ?, number_and_symbol = ?, promulgation_date = ?,"
                + " subject = ?, priority = ?, signer_name = ?, signer_position = ?, due_date = ?, change_xml = null"
                + " where id = ? and state = 'TO_REGISTER'", packageXml, numberAndSymbol, Date.valueOf(promulgationDate),
                subject, priority, signerName, signerPosition, dueDate == null ? null : Date.valueOf(dueDate), id) == 1;
    }

    /** A replaced document not yet registered leaves the queue, its content withdrawn. */
    void markReplaced(UUID id) {
        jdbc.update("update exchange_arrival set state = 'REPLACED' where id = ? and state = 'TO_REGISTER'", id);
    }

    /** The 06 went back: the moment the indicators count as completion. */
    void markCompleted(UUID id, Instant at) {
        jdbc.update("update exchange_arrival set completed_at = ? where id = ? and completed_at is null",
                Timestamp.from(at), id);
    }

    private static Arrival row(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_date");
        return new Arrival(rs.getObject("id", UUID.class), rs.getString("edxml_document_id"),
                rs.getString("sender_organ_id"), rs.getString("sender_name"), rs.getString("recipient_organ_id"),
                rs.getObject("agency_id", UUID.class), rs.getString("number_and_symbol"),
                rs.getDate("promulgation_date").toLocalDate(), rs.getString("subject"), rs.getInt("priority"),
                rs.getString("signer_name"), rs.getString("signer_position"), due == null ? null : due.toLocalDate(),
                rs.getString("signed_by"), rs.getString("state"), rs.getObject("incoming_document_id", UUID.class),
                Outbox.instant(rs, "received_at"), Outbox.instant(rs, "registered_at"), rs.getString("recall_state"),
                rs.getString("recall_reason"), rs.getString("change_kind"), rs.getString("change_state"),
                rs.getString("change_reason"), rs.getString("replaces_document_id"));
    }
}
