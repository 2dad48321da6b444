package vn.openprovince.exchange.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.document.DocumentFlow;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Chỉ số liên thông văn bản (issue item 8): per agency and period, the documents sent and received
 * electronically, the share sent online only (no paper copy), and the median time from arrival to
 * registration and to completion. Received documents are those from other platforms (the arrivals)
 * and those issued to the agency on this platform (its inbox).
 *
 * <p>Why medians in Java: a median is not portable SQL (PostgreSQL has {@code percentile_cont}, H2
 * in PostgreSQL mode does not behave the same), so the durations are read with one indexed query
 * per source, bounded by {@link #MAX_ROWS}, and sorted here. A period past the bound says so.
 */
@Service
public class ExchangeIndicators {

    /** Rows read per source and period; past this the figures cover the first rows and say so. */
    static final int MAX_ROWS = 100_000;
    /** Longest period asked for at once. */
    static final int MAX_DAYS = 366;

    private final NamedParameterJdbcTemplate jdbc;
    private final DocumentFlow flow;
    private final ExchangeAccess access;
    private final OrganizationDirectory organization;

    ExchangeIndicators(NamedParameterJdbcTemplate jdbc, DocumentFlow flow, ExchangeAccess access,
                       OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.flow = flow;
        this.access = access;
        this.organization = organization;
    }

    /**
     * @param from, to            the period, both days included
     * @param onlineOnlyShare     sentOnlineOnly / sent (0 to 1), null when nothing was sent
     * @param medianToRegistration median time from arrival to registration of those registered; null when none
     * @param medianToCompletion  median time from arrival to completion of those completed; null when none
     * @param truncated           whether a source had more rows than are read at once
     */
    public record Indicators(AgencyId agencyId, String agencyName, LocalDate from, LocalDate to, int sent,
                             int sentOnlineOnly, Double onlineOnlyShare, int sentToOtherPlatforms, int received,
                             int receivedFromOtherPlatforms, int receivedOnThisPlatform, int registered, int completed,
                             Duration medianToRegistration, Duration medianToCompletion, boolean truncated) {
    }

    /** The agencies the user may see indicators of, by name (their own first when in scope). */
    @Transactional(readOnly = true)
    public List<vn.openprovince.organization.AgencySummary> agencies() {
        return organization.agencies(access.scope(Role.LEADER, Role.CLERK));
    }

    /** The signed-in official's agency: the default of the page and API. */
    public AgencyId defaultAgency() {
        return access.ownAgency();
    }

    @Transactional(readOnly = true)
    public Indicators of(AgencyId agency, LocalDate from, LocalDate to) {
        if (agency == null) {
            throw ExchangeException.onField("agencyId", ExchangeError.EXC_INVALID_VALUE, "agencyId");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ExchangeException(ExchangeError.EXC_INVALID_PERIOD);
        }
        access.scope(Role.LEADER, Role.CLERK).require(agency);
        var summary = organization.agency(agency)
                .orElseThrow(() -> new ExchangeException(ExchangeError.EXC_UNKNOWN_AGENCY, agency.value()));
        Instant start = from.atStartOfDay(Edxml.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Edxml.ZONE).toInstant();
        var params = Map.of("agency", agency.value(), "from", Timestamp.from(start), "to", Timestamp.from(end),
                "limit", MAX_ROWS);

        var sent = flow.sent(agency, start, end);
        Integer toOtherPlatforms = jdbc.queryForObject("""
                select count(distinct outgoing_id) from exchange_delivery
                 where agency_id = :agency and kind in ('PACKAGE', 'REPLACE') and created_at >= :from
                   and created_at < :to""", params, Integer.class);

        List<DocumentFlow.Timeline> timelines = new ArrayList<>(jdbc.query("""
                select received_at, registered_at, completed_at from exchange_arrival
                 where agency_id = :agency and received_at >= :from and received_at < :to
                 order by received_at
                 fetch first :limit rows only""", params, (rs, n) -> new DocumentFlow.Timeline(
                Outbox.instant(rs, "received_at"), Outbox.instant(rs, "registered_at"),
                Outbox.instant(rs, "completed_at"))));
        int fromOtherPlatforms = timelines.size();
        var local = flow.receivedOnThisPlatform(agency, start, end, MAX_ROWS);
        timelines.addAll(local);
        boolean truncated = fromOtherPlatforms == MAX_ROWS || local.size() == MAX_ROWS;

        var toRegistration = new ArrayList<Duration>();
        var toCompletion = new ArrayList<Duration>();
        for (var t : timelines) {
            if (t.registeredAt() != null) {
                toRegistration.add(nonNegative(Duration.between(t.arrivedAt(), t.registeredAt())));
            }
            if (t.completedAt() != null) {
                toCompletion.add(nonNegative(Duration.between(t.arrivedAt(), t.completedAt())));
            }
        }
        return new Indicators(agency, summary.name(), from, to, sent.documents(), sent.onlineOnly(),
                sent.documents() == 0 ? null : (double) sent.onlineOnly() / sent.documents(),
                toOtherPlatforms == null ? 0 : toOtherPlatforms, timelines.size(), fromOtherPlatforms, local.size(),
                toRegistration.size(), toCompletion.size(), median(toRegistration), median(toCompletion), truncated);
    }

    /** The median; for an even count the mean of the two middle values. Null for none. */
    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** A registration entered with a receipt time before the issue (clock skew between platforms) counts as 0. */
    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
