package vn.openprovince.dossier.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.SubmissionChannel;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Computes {@link DossierStatistics} from the dossier history (never from counters that could drift):
 * <ul>
 *   <li>received: the ACCEPTED entry falls in the period; online or direct by the dossier's channel;</li>
 *   <li>resolved: the first RESULT_READY entry falls in the period; early, on time or late by its local date
 *       against the dossier's current appointment date (after an extension, the new one);</li>
 *   <li>in progress: accepted before {@code asOf} and not yet result-ready, returned, refused or stopped; overdue
 *       when the appointment date is before the {@code asOf} day;</li>
 *   <li>average processing time: working days (calendar) after the acceptance day up to the result day.</li>
 * </ul>
 * Dossiers are selected by competent <em>or</em> receiving agency (a centre sees what it received, an agency what it
 * decides) and grouped by competent agency and procedure.
 */
@Service
public class DossierStatisticsService {

    /** The states a dossier is still being worked on in (not result-ready, returned, refused or stopped). */
    private static final List<String> OPEN = java.util.Arrays.stream(DossierState.values())
            .filter(s -> s != DossierState.RESULT_READY && s != DossierState.RESULT_RETURNED
                    && s != DossierState.REFUSED && s != DossierState.STOPPED)
            .map(DossierState::name).toList();

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory directory;
    private final ReportScope scopes;
    private final Clock clock;

    DossierStatisticsService(JdbcTemplate jdbc, WorkingCalendar calendar, OrganizationDirectory directory,
                             ReportScope scopes) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = Clock.systemUTC();
    }

    /** The statistics of the period for the agency (or every agency in the user's scope) and procedure (or all). */
    @Transactional(readOnly = true)
    public DossierStatistics statistics(AgencyId agency, String procedureCode, LocalDate from, LocalDate to) {
        AgencyScope scope = scopes.current();
        if (agency != null) {
            scope.require(agency);
        }
        Instant now = clock.instant();
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.ofInstant(now, calendar.zone()), calendar.zone());
        Instant asOf = now.isBefore(period.end()) ? now : period.end();
        LocalDate asOfDay = now.isBefore(period.end()) ? LocalDate.ofInstant(now, calendar.zone()) : period.to();

        // Only dossiers the period can see: those with an entry since its start (received, moved or finished in
        // it, or finished later and so still open at its end) and those open now. Within some agencies, their
        // dossiers are read through the agency indexes and each is checked for a recent entry; across every
        // agency, the candidates come from the time index of the history and the state index.
        String marks = String.join(", ", java.util.Collections.nCopies(OPEN.size(), "?"));
        boolean someAgencies = agency != null || !scope.all();
        var sql = new StringBuilder("select d.id, d.competent_agency_id, d.procedure_code, d.procedure_name,"
                + " d.channel, d.appointment_date, h.state, h.occurred_at from dossier d"
                + " join dossier_history h on h.dossier_id = d.id where d.received_at < ?");
        var args = new ArrayList<Object>();
        args.add(Timestamp.from(period.end()));
        if (someAgencies) {
            // A scalar subquery, probed per dossier through (dossier_id, occurred_at): an EXISTS here gets hashed
            // over every entry since the start by PostgreSQL, which is slower for one agency.
            sql.append(" and (d.state in (").append(marks).append(") or (select max(x.occurred_at) from"
                    + " dossier_history x where x.dossier_id = d.id) >= ?)");
            args.addAll(OPEN);
            args.add(Timestamp.from(period.start()));
        } else {
            sql.append(" and d.id in (select x.dossier_id from dossier_history x where x.occurred_at >= ?"
                    + " union select o.id from dossier o where o.state in (").append(marks).append("))");
            args.add(Timestamp.from(period.start()));
            args.addAll(OPEN);
        }
        agencyFilter(sql, args, agency, scope);
        String procedure = procedureCode == null || procedureCode.isBlank() ? null : procedureCode.strip();
        if (procedure != null) {
            sql.append(" and d.procedure_code = ?");
            args.add(procedure);
        }
        sql.append(" and h.occurred_at < ? order by d.id, h.seq");
        args.add(Timestamp.from(period.end()));

        Map<UUID, DossierFacts> dossiers = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            UUID id = rs.getObject(1, UUID.class);
            DossierFacts facts = dossiers.get(id);
            if (facts == null) {
                facts = new DossierFacts(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        SubmissionChannel.valueOf(rs.getString(5)),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate());
                dossiers.put(id, facts);
            }
            facts.entered(DossierState.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant());
        }, args.toArray());

        Map<String, Tally> tallies = new LinkedHashMap<>();
        Tally total = new Tally(null, null, null);
        for (DossierFacts d : dossiers.values()) {
            Tally tally = tallies.computeIfAbsent(d.competentAgencyId + "|" + d.procedureCode,
                    key -> new Tally(d.competentAgencyId, d.procedureCode, d.procedureName));
            tally.add(d, period, asOf, asOfDay);
            total.add(d, period, asOf, asOfDay);
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Tally t : tallies.values()) {
            names.computeIfAbsent(t.agencyId, id -> directory.agency(new AgencyId(id)).map(AgencySummary::name)
                    .orElse(id.toString()));
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<DossierStatistics.Row> rows = tallies.values().stream()
                .map(t -> t.row(names.get(t.agencyId)))
                .filter(row -> row.received() + row.resolved() + row.inProgressOnTime() + row.inProgressOverdue()
                        + row.supplements() + row.refusals() > 0)
                .sorted(Comparator.comparing(DossierStatistics.Row::agencyName, collator)
                        .thenComparing(DossierStatistics.Row::procedureCode))
                .toList();
        return new DossierStatistics(period.from(), period.to(), asOfDay, rows, total.row(null));
    }

    /** {@code agency}: that one; otherwise the user's scope (nothing to add when it is every agency). */
    static void agencyFilter(StringBuilder sql, List<Object> args, AgencyId agency, AgencyScope scope) {
        if (agency != null) {
            sql.append(" and (d.competent_agency_id = ? or d.receiving_agency_id = ?)");
            args.add(agency.value());
            args.add(agency.value());
        } else if (!scope.all()) {
            String marks = String.join(", ", java.util.Collections.nCopies(scope.agencies().size(), "?"));
            sql.append(" and (d.competent_agency_id in (").append(marks).append(") or d.receiving_agency_id in (")
                    .append(marks).append("))");
            var ids = scope.agencyUuids().stream().toList();
            args.addAll(ids);
            args.addAll(ids);
        }
    }

    /** Working days after {@code from}'s day up to and including {@code to}'s day (0 when the same day). */
    int workingDays(Instant from, Instant to) {
        LocalDate day = LocalDate.ofInstant(from, calendar.zone());
        LocalDate last = LocalDate.ofInstant(to, calendar.zone());
        int days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** The running counts of one row. */
    private final class Tally {
        final UUID agencyId;
        final String procedureCode;
        final String procedureName;
        int online, direct, early, onTime, late, progressOnTime, progressOverdue, supplements, refusals;
        long workingDays;

        Tally(UUID agencyId, String procedureCode, String procedureName) {
            this.agencyId = agencyId;
            this.procedureCode = procedureCode;
            this.procedureName = procedureName;
        }

        void add(DossierFacts d, ReportPeriod period, Instant asOf, LocalDate asOfDay) {
            if (period.contains(d.acceptedAt)) {
                if (d.channel == SubmissionChannel.ONLINE) {
                    online++;
                } else {
                    direct++;
                }
            }
            if (period.contains(d.resultReadyAt)) {
                LocalDate resolvedDay = LocalDate.ofInstant(d.resultReadyAt, calendar.zone());
                if (d.appointmentDate == null || resolvedDay.isEqual(d.appointmentDate)) {
                    onTime++;
                } else if (resolvedDay.isBefore(d.appointmentDate)) {
                    early++;
                } else {
                    late++;
                }
                if (d.acceptedAt != null) {
                    workingDays += workingDays(d.acceptedAt, d.resultReadyAt);
                }
            }
            if (d.acceptedAt != null && d.acceptedAt.isBefore(asOf)
                    && (d.finishedAt == null || !d.finishedAt.isBefore(asOf))) {
                if (d.appointmentDate != null && d.appointmentDate.isBefore(asOfDay)) {
                    progressOverdue++;
                } else {
                    progressOnTime++;
                }
            }
            if (d.supplementRequests.stream().anyMatch(period::contains)) {
                supplements++;
            }
            if (period.contains(d.refusedAt)) {
                refusals++;
            }
        }

        DossierStatistics.Row row(String agencyName) {
            int resolved = early + onTime + late;
            Double average = resolved == 0 ? null : BigDecimal.valueOf(workingDays)
                    .divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP).doubleValue();
            return new DossierStatistics.Row(agencyId, agencyName, procedureCode, procedureName, online, direct, early,
                    onTime, late, progressOnTime, progressOverdue, supplements, refusals, average);
        }
    }
}
