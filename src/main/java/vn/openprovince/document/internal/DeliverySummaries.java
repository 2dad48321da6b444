package vn.openprovince.document.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.document.DocumentFlow;
import vn.openprovince.document.ExternalDeliveryFigures;
import vn.openprovince.document.OutgoingProgress;
import vn.openprovince.organization.AgencyId;

/**
 * "Đã gửi N/M, hoàn thành K" per issued document, and the progress of the recipients on this
 * platform. Counted in SQL for a whole page of documents at once (one grouped query here, one in the
 * exchange for the external recipients), never once per row.
 */
@Service
public class DeliverySummaries implements OutgoingProgress, DocumentFlow {

    /** M recipients, N of them delivered, K done. */
    public record Summary(int recipients, int delivered, int done) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<ExternalDeliveryFigures> external;

    DeliverySummaries(NamedParameterJdbcTemplate jdbc, ObjectProvider<ExternalDeliveryFigures> external) {
        this.jdbc = jdbc;
        this.external = external;
    }

    /**
     * Recipients on this platform are delivered the moment the document is issued (it is in their
     * inbox); external ones once their platform acknowledged it (figures from the exchange).
     */
    @Transactional(readOnly = true)
    public Map<UUID, Summary> summaries(Collection<UUID> outgoingIds) {
        var result = new HashMap<UUID, Summary>();
        if (outgoingIds.isEmpty()) {
            return result;
        }
        var externalFigures = new HashMap<UUID, ExternalDeliveryFigures.Figures>();
        external.ifAvailable(figures -> externalFigures.putAll(figures.figures(outgoingIds)));
        jdbc.query("""
                select r.document_id,
                       count(*) as recipients,
                       sum(case when r.agency_id is not null then 1 else 0 end) as local_delivered,
                       sum(case when i.status = 'COMPLETED' then 1 else 0 end) as local_done
                  from outgoing_recipient r
                  left join incoming_document i on i.id = r.incoming_id
                 where r.document_id in (:ids)
                 group by r.document_id""", Map.of("ids", outgoingIds), rs -> {
            UUID id = rs.getObject("document_id", UUID.class);
            var ext = externalFigures.getOrDefault(id, new ExternalDeliveryFigures.Figures(0, 0));
            result.put(id, new Summary(rs.getInt("recipients"), rs.getInt("local_delivered") + ext.delivered(),
                    rs.getInt("local_done") + ext.done()));
        });
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Progress> progress(UUID outgoingId) {
        var head = jdbc.query("select agency_id, edxml_document_id, issued_at from outgoing_document where id = :id"
                        + " and edxml_document_id is not null", Map.of("id", outgoingId),
                (rs, n) -> new Object[] {rs.getObject("agency_id", UUID.class), rs.getString("edxml_document_id"),
                        instant(rs.getTimestamp("issued_at"))});
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<LocalRecipient> recipients = jdbc.query("""
                select r.agency_id, r.name, r.identifier_code, i.status, i.arrived_at, i.completed_at
                  from outgoing_recipient r
                  left join incoming_document i on i.id = r.incoming_id
                 where r.document_id = :id and r.agency_id is not null
                 order by r.identifier_code, r.name""", Map.of("id", outgoingId), (rs, n) -> {
            String status = rs.getString("status");
            Stage stage = status == null ? Stage.IN_INBOX : switch (IncomingStatus.valueOf(status)) {
                case REGISTERED -> Stage.REGISTERED;
                case IN_PROCESSING -> Stage.IN_PROCESSING;
                case COMPLETED -> Stage.COMPLETED;
            };
            return new LocalRecipient(new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("name"),
                    rs.getString("identifier_code"), stage, instant(rs.getTimestamp("arrived_at")),
                    instant(rs.getTimestamp("completed_at")));
        });
        var row = head.getFirst();
        return Optional.of(new Progress(outgoingId, new AgencyId((UUID) row[0]), (String) row[1], (Instant) row[2],
                recipients));
    }

    @Override
    @Transactional(readOnly = true)
    public Sent sent(AgencyId agency, Instant from, Instant to) {
        return jdbc.queryForObject("""
                select count(*) as documents, coalesce(sum(case when paper_copy then 0 else 1 end), 0) as online_only
                  from outgoing_document
                 where agency_id = :agency and issued_at >= :from and issued_at < :to""",
                Map.of("agency", agency.value(), "from", Timestamp.from(from), "to", Timestamp.from(to)),
                (rs, n) -> new Sent(rs.getInt("documents"), rs.getInt("online_only")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Timeline> receivedOnThisPlatform(AgencyId agency, Instant from, Instant to, int limit) {
        return jdbc.query("""
                select o.issued_at, i.arrived_at, i.completed_at
                  from outgoing_recipient r
                  join outgoing_document o on o.id = r.document_id
                  left join incoming_document i on i.id = r.incoming_id
                 where r.agency_id = :agency and o.issued_at >= :from and o.issued_at < :to
                 order by o.issued_at
                 fetch first :limit rows only""",
                Map.of("agency", agency.value(), "from", Timestamp.from(from), "to", Timestamp.from(to), "limit", limit),
                (rs, n) -> new Timeline(instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("arrived_at")),
                        instant(rs.getTimestamp("completed_at"))));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
