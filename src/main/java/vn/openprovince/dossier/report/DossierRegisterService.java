package vn.openprovince.dossier.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/** Reads the dossier register (Form 07) of a receiving centre for a period, within the user's scope. */
@Service
public class DossierRegisterService {

    /** More than this in one register: ask for a shorter period rather than build a huge file in memory. */
    static final int MAX_ENTRIES = 5000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory directory;
    private final ReportScope scopes;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    DossierRegisterService(JdbcTemplate jdbc, WorkingCalendar calendar, OrganizationDirectory directory,
                           ReportScope scopes, MessageSource messages) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.scopes = scopes;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public DossierRegister register(AgencyId centre, LocalDate from, LocalDate to, Locale locale) {
        if (centre == null) {
            throw new ReportException(ReportError.DOSSIER_REPORT_AGENCY_REQUIRED);
        }
        scopes.current().require(centre);
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.ofInstant(clock.instant(), calendar.zone()),
                calendar.zone());
        AgencySummary agency = directory.agency(centre).orElseThrow(
                () -> new ReportException(ReportError.DOSSIER_REPORT_AGENCY_REQUIRED));
        Timestamp start = Timestamp.from(period.start());
        Timestamp end = Timestamp.from(period.end());
        var rows = jdbc.query("select d.code, d.procedure_name, d.applicant_name, d.applicant_data, d.competent_agency_id,"
                + " d.appointment_date, d.state,"
                + " (select min(h.occurred_at) from dossier_history h where h.dossier_id = d.id and h.state = 'ACCEPTED') accepted_at,"
                + " (select min(h.occurred_at) from dossier_history h where h.dossier_id = d.id and h.state = 'RESULT_READY') result_at,"
                + " (select min(h.occurred_at) from dossier_history h where h.dossier_id = d.id and h.state = 'RESULT_RETURNED') returned_at"
                + " from dossier d where d.id in (select a.dossier_id from dossier_history a where a.state = 'ACCEPTED'"
                + " and a.occurred_at >= ? and a.occurred_at < ?) and d.receiving_agency_id = ?"
                + " order by accepted_at, d.code fetch first ? rows only",
                (rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                        instant(rs.getTimestamp(10))},
                start, end, centre.value(), MAX_ENTRIES + 1);
        if (rows.size() > MAX_ENTRIES) {
            throw new ReportException(ReportError.DOSSIER_REPORT_TOO_LARGE, MAX_ENTRIES);
        }
        Map<UUID, String> agencies = new HashMap<>();
        List<DossierRegister.Entry> entries = new ArrayList<>();
        int number = 0;
        for (Object[] r : rows) {
            UUID competent = (UUID) r[4];
            String competentName = agencies.computeIfAbsent(competent, id -> directory.agency(new AgencyId(id))
                    .map(AgencySummary::name).orElse(""));
            String state = (String) r[6];
            entries.add(new DossierRegister.Entry(++number, (String) r[0], (String) r[1], (String) r[2],
                    contact((String) r[3]), competentName, (Instant) r[7], (LocalDate) r[5], (Instant) r[8],
                    (Instant) r[9], messages.getMessage("dossier.state." + state, null, state, locale)));
        }
        return new DossierRegister(agency.name(), period.from(), period.to(), entries);
    }

    /** The street and phone of the applicant's snapshot (codes of communes are not words a register shows). */
    private static String contact(String applicantData) {
        if (applicantData == null || applicantData.isBlank()) {
            return "";
        }
        Map<String, Object> data = JSON.readValue(applicantData, MAP);
        var parts = new ArrayList<String>();
        for (String key : List.of("street", "phone")) {
            Object value = data.get(key);
            if (value != null && !value.toString().isBlank()) {
                parts.add(value.toString());
            }
        }
        return String.join(", ", parts);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
