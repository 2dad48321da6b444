package vn.openprovince.dossier.national;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Reads a dossier for the national payloads with read-only SQL on the dossier tables (the aggregate belongs to
 * {@code dossier.internal}; this package never writes them).
 */
@Component
class DossierSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcTemplate jdbc;
    private final ProcedureCatalog catalog;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    DossierSnapshots(JdbcTemplate jdbc, ProcedureCatalog catalog, OrganizationDirectory directory,
                     WorkingCalendar calendar, CurrentUser currentUser, MessageSource messages) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.directory = directory;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    private record Row(UUID id, String code, UUID procedureVersionId, String procedureCode, String procedureName,
                       String applicantKind, String applicantName, String applicantData, UUID receivingAgencyId,
                       UUID competentAgencyId, Instant receivedAt, LocalDate appointmentDate) {
    }

    record History(int seq, DossierState state, Instant at, String actor, String note) {
    }

    /** The dossier as it stands in {@code state} (the state being entered now). */
    DossierSnapshot snapshot(UUID dossierId, DossierState state) {
        Row d = jdbc.queryForObject("select id, code, procedure_version_id, procedure_code, procedure_name,"
                + " applicant_kind, applicant_name, applicant_data, receiving_agency_id, competent_agency_id,"
                + " received_at, appointment_date from dossier where id = ?", (rs, n) -> new Row(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class),
                rs.getObject(10, UUID.class), rs.getTimestamp(11).toInstant(),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate()), dossierId);
        List<History> history = history(dossierId);
        Map<String, Object> applicant = d.applicantData() == null ? Map.of() : JSON.readValue(d.applicantData(), MAP);
        boolean business = "BUSINESS".equals(d.applicantKind());
        ProcedureVersionDetails version = catalog.version(new ProcedureVersionId(d.procedureVersionId())).orElse(null);
        List<DossierComponent> components = version == null ? List.of() : version.components();
        var files = new ArrayList<DossierSnapshot.SubmittedFile>();
        jdbc.query("select id, component, file_name from dossier_file where dossier_id = ? order by component, file_name",
                rs -> {
                    int component = rs.getInt(2);
                    files.add(new DossierSnapshot.SubmittedFile(rs.getObject(1, UUID.class), component,
                            component < components.size() ? components.get(component).name() : null, rs.getString(3)));
                }, dossierId);
        AgencySummary competent = directory.agency(new AgencyId(d.competentAgencyId())).orElse(null);
        AgencySummary receiving = directory.agency(new AgencyId(d.receivingAgencyId())).orElse(null);
        Instant appointmentDue = d.appointmentDate() == null ? null : d.appointmentDate()
                .atTime(calendar.workingHours(d.receivingAgencyId()).afternoonEnd()).atZone(calendar.zone()).toInstant();
        return new DossierSnapshot(d.id(), d.code(), d.procedureCode(), d.procedureName(),
                version == null ? null : version.fieldCode(), version == null ? null : version.fieldName(), !business,
                d.applicantName(), text(applicant.get(business ? "taxCode" : "citizenId")), text(applicant.get("email")),
                text(applicant.get("phone")), receiving == null ? null : receiving.name(),
                competent == null ? null : competent.identifierCode(), competent == null ? null : competent.name(),
                d.receivedAt(), appointmentDue, state, nationalState(state),
                first(history, DossierState.RESULT_READY, DossierState.REFUSED, DossierState.STOPPED),
                first(history, DossierState.RESULT_RETURNED), List.copyOf(files));
    }

    /** The step that entered {@code state} at {@code at}: who (the signed-in official when it is them), what, since when. */
    DossierSnapshot.Step step(DossierSnapshot dossier, DossierState state, Instant at) {
        List<History> history = history(dossier.dossierId());
        History entered = null;
        History before = null;
        for (History h : history) {
            if (h.state() == state) {
                entered = h;
            }
        }
        for (History h : history) {
            if (entered != null && h.seq() < entered.seq()) {
                before = h;
            }
        }
        String actor = entered == null ? null : entered.actor();
        String name = actor;
        String title = null;
        String department = null;
        var user = currentUser.get().orElse(null);
        if (user != null && user.username().equals(actor)) {
            name = user.displayName();
            title = user.position();
            department = user.agencyName();
            if (user.citizen()) {
                name = dossier.applicantName();
                department = dossier.receivingAgencyName();
            }
        }
        String label = messages.getMessage("dossier.state." + state.name(), null, state.name(), VIETNAMESE);
        String content = entered == null || entered.note() == null || entered.note().isBlank() ? label
                : label + ": " + entered.note();
        Instant stepAt = entered == null ? at : entered.at();
        return new DossierSnapshot.Step(name, title, department, stepAt, before == null ? stepAt : before.at(), content,
                nationalState(state));
    }

    int nationalState(DossierState state) {
        Integer code = jdbc.query("select national_state from dossier_state_mapping where state = ?",
                rs -> rs.next() ? rs.getInt(1) : null, state.name());
        if (code == null) {
            throw new IllegalStateException("no national state mapped for " + state);
        }
        return code;
    }

    private List<History> history(UUID dossierId) {
        return jdbc.query("select seq, state, occurred_at, actor, note from dossier_history where dossier_id = ?"
                + " order by seq", (rs, n) -> new History(rs.getInt(1), DossierState.valueOf(rs.getString(2)),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)), dossierId);
    }

    private static Instant first(List<History> history, DossierState... states) {
        for (History h : history) {
            for (DossierState s : states) {
                if (h.state() == s) {
                    return h.at();
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
