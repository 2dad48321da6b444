package vn.openprovince.exchange.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.document.ExternalDeliveryFigures;

/**
 * The exchange's part of "đã gửi N/M, hoàn thành K": per document, the external recipients whose
 * platform acknowledged it (01 or later, not rejected) and those that completed it (06), for a
 * whole page of documents in one grouped query.
 */
@Component
class ExchangeDeliveryFigures implements ExternalDeliveryFigures {

    private final NamedParameterJdbcTemplate jdbc;

    ExchangeDeliveryFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Figures> figures(Collection<UUID> outgoingIds) {
        var result = new HashMap<UUID, Figures>();
        if (outgoingIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select r.outgoing_id,
                       count(distinct case when e.status_code in ('01', '03', '04', '05', '06')
                                            and coalesce(r.status_code, '') <> '02' then r.id end) as delivered,
                       count(distinct case when e.status_code = '06' then r.id end) as done
                  from exchange_recipient r
                  left join exchange_status_event e on e.recipient_id = r.id
                 where r.outgoing_id in (:ids)
                 group by r.outgoing_id""", Map.of("ids", outgoingIds), rs -> {
            result.put(rs.getObject("outgoing_id", UUID.class), new Figures(rs.getInt("delivered"), rs.getInt("done")));
        });
        return result;
    }
}
