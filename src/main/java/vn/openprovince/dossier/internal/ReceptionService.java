package vn.openprovince.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.catalog.EFormField;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.dossier.ClockEntryKind;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierAccepted;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierStateChanged;
import vn.openprovince.dossier.DossierView;
import vn.openprovince.dossier.OfficerDossierView;
import vn.openprovince.dossier.PauseKind;
import vn.openprovince.dossier.ReceptionQueueItem;
import vn.openprovince.dossier.SupplementItem;
import vn.openprovince.dossier.workflow.DossierWorkflows;
import vn.openprovince.dossier.workflow.WorkflowStep;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * The one-stop-shop reception (Decree 118/2025, Circular 03/2025 forms 01–05) and the legal clock. Who may do
 * what: the receiving centre's ONE_STOP_OFFICER accepts, requests a supplement before acceptance and refuses;
 * once accepted, officers of the receiving centre (one-stop) or of the competent agency (any role) may request a
 * supplement (pausing the clock), extend once and stop; any officer of either agency reads the dossier; out of
 * scope it does not exist (404). Every verb writes a history row, the clock ledger rows, an audit entry and
 * publishes {@link DossierStateChanged}.
 */
@Service
class ReceptionService implements DossierReception {

    private static final Logger log = LoggerFactory.getLogger(ReceptionService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final Map<String, String> FORM_NAMES = Map.of(
            "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
            "04", "Văn bản xin lỗi và hẹn lại ngày trả kết quả",
            "05", "Thông báo dừng giải quyết hồ sơ");
    private static final Set<DossierState> RUNNING_STATES = Set.of(DossierState.ACCEPTED, DossierState.PROCESSING);

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final CitizenDirectory citizens;
    private final WorkingCalendar calendar;
    private final LegalClock legal;
    private final StateMappings states;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DossierWorkflows workflows;
    private final FormPdfs pdfs;
    private final vn.openprovince.dossier.DossierCodeGenerator codes;
    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final long maxFileBytes;
    private final Clock clock = Clock.systemUTC();

    ReceptionService(Dossiers dossiers, ProcedureCatalog catalog, OrganizationDirectory directory, CurrentUser currentUser,
                     CitizenDirectory citizens, WorkingCalendar calendar, StateMappings states, AuditTrail audit,
                     ApplicationEventPublisher events, DossierWorkflows workflows, FormPdfs pdfs,
                     vn.openprovince.dossier.DossierCodeGenerator codes, JdbcTemplate jdbc,
                     org.springframework.transaction.PlatformTransactionManager transactionManager,
                     @Value("${openprovince.dossier.max-file-size:10MB}") DataSize maxFileSize) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.citizens = citizens;
        this.calendar = calendar;
        this.legal = new LegalClock(calendar);
        this.states = states;
        this.audit = audit;
        this.events = events;
        this.workflows = workflows;
        this.pdfs = pdfs;
        this.codes = codes;
        this.jdbc = jdbc;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    // ---------------------------------------------------------------- reception outcomes

    @Override
    public String receiveAtCounter(vn.openprovince.dossier.CounterIntake intake) {
        SignedInUser officer = officer();
        // The officer's own centre receives: any centre in the province receives any procedure (Decree 118/2025).
        AgencyId centre = officer.grants().stream().filter(g -> g.role() == Role.ONE_STOP_OFFICER && g.agency() != null)
                .map(Grant::agency).findFirst()
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_RECEIVING_OFFICER, "-"));
        var version = catalog.currentVersion(intake.procedureCode() == null ? "" : intake.procedureCode().strip())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN_PROCEDURE, intake.procedureCode()));
        String name = clean(intake.applicantName(), 100);
        if (name == null) {
            throw DossierException.onField("applicant.name", DossierError.DOSSIER_FIELD_REQUIRED, "Họ và tên người nộp");
        }
        String citizenId = intake.citizenId() == null ? null : intake.citizenId().replace(" ", "");
        if (citizenId != null && !citizenId.isEmpty() && !vn.openprovince.identity.VietnameseIds.isCitizenId(citizenId)) {
            throw DossierException.onField("applicant.citizenId", DossierError.DOSSIER_FIELD_INVALID, "Số định danh cá nhân");
        }
        String phone = intake.phone() == null ? null : intake.phone().replace(" ", "");
        if (phone != null && !phone.isEmpty() && !phone.matches("(0|\\+84)\\d{9}")) {
            throw DossierException.onField("applicant.phone", DossierError.DOSSIER_FIELD_INVALID, "Số điện thoại");
        }
        List<CheckedFile> files = new ArrayList<>();
        Set<Integer> given = new HashSet<>();
        for (var upload : intake.files() == null ? List.<ComponentUpload>of() : intake.files()) {
            if (upload.component() < 0 || upload.component() >= version.components().size()) {
                throw DossierException.onField("components[" + upload.component() + "]", DossierError.DOSSIER_UNKNOWN_COMPONENT,
                        upload.component());
            }
            files.add(ComponentFiles.check(upload.component(), upload.fileName() == null ? "tep" : upload.fileName(),
                    upload.content(), maxFileBytes));
            given.add(upload.component());
        }
        for (int i = 0; i < version.components().size(); i++) {
            // At the counter every required paper is scanned, the e-form does not replace it.
            if (version.components().get(i).required() && !given.contains(i)) {
                throw DossierException.onField("components[" + i + "]", DossierError.DOSSIER_MISSING_COMPONENT,
                        version.components().get(i).name());
            }
        }
        AgencyId competent = version.competentAgencies().isEmpty() ? version.managingAgency()
                : version.competentAgencies().getFirst();
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("kind", "CITIZEN");
        applicant.put("fullName", name);
        applicant.put("citizenId", citizenId == null || citizenId.isEmpty() ? null : citizenId);
        applicant.put("phone", phone == null || phone.isEmpty() ? null : phone);
        var submission = new Submission(version.id().value(), version.code(), version.name(), null, "CITIZEN", name,
                JSON.writeValueAsString(applicant), centre.value(), competent.value(), "{}", null, files);
        Instant now = clock.instant();
        Instant receivedAt = ReceptionTime.of(now, calendar, centre.value());
        String unitCode = directory.agency(centre).orElseThrow().identifierCode();
        // The number is taken in its own short transaction before the dossier's opens, as for online submissions:
        // taken inside it, each intake would hold two pool connections at once.
        String code = codes.next(unitCode, legal.local(receivedAt));
        return transactions.execute(status -> {
            var dossier = dossiers.saveAndFlush(Dossier.receivedAtCounter(code, codes.version(), submission, receivedAt,
                    officer.username()));
            audit.record("dossier.received-at-counter", "Dossier", dossier.id(), centre.value(),
                    "%s %s for a walk-in applicant, received %s by %s".formatted(code, version.code(), receivedAt,
                            officer.username()));
            events.publishEvent(new vn.openprovince.dossier.DossierSubmitted(new DossierId(dossier.id()), code,
                    new ProcedureVersionId(version.id().value()), version.code(), null, centre, competent,
                    vn.openprovince.dossier.SubmissionChannel.COUNTER, receivedAt));
            changed(dossier, null, now);
            return code;
        });
    }

    @Override
    @Transactional
    public OfficerDossierView accept(String code, String note) {
        SignedInUser officer = officer();
        Dossier d = inScope(code, officer);
        requireReceptionOfficer(officer, d);
        if (d.acceptedAt() != null) {
            throw new DossierException(DossierError.DOSSIER_ALREADY_ACCEPTED, d.code());
        }
        d.requireState(Set.of(DossierState.SUBMITTED));
        var version = version(d);
        Instant now = clock.instant();
        Instant countsFrom = countsFrom(d);
        Instant due = legal.due(countsFrom, version.processingTime(), d.receivingAgencyId());
        LocalDate appointment = legal.local(due);
        var remaining = legal.remaining(now, countsFrom, due, version.processingTime(), d.receivingAgencyId());
        DossierState from = d.state();
        d.accept(now, officer.username(), countsFrom, due, appointment, clean(note, 500), remaining);
        var content = notice("01", d, officer, now);
        content.put("receivedAt", TIME.format(countsFrom.atZone(calendar.zone())));
        content.put("appointmentDate", DATE.format(appointment));
        content.put("dueAt", TIME.format(due.atZone(calendar.zone())));
        content.put("processingTime", processingTimeText(version));
        content.put("components", d.files().stream().filter(DossierFile::current)
                .map(f -> componentName(version, f.component()) + " — " + f.fileName()).distinct().toList());
        issue(d, "01", officer, now, content);
        audit.record("dossier.accepted", "Dossier", d.id(), d.receivingAgencyId(),
                "%s accepted by %s; clock from %s, due %s (appointment %s)".formatted(d.code(), officer.username(),
                        countsFrom, due, appointment));
        events.publishEvent(new DossierAccepted(new DossierId(d.id()), d.code(), new ProcedureVersionId(
                d.procedureVersionId()), d.procedureCode(), new AgencyId(d.receivingAgencyId()),
                new AgencyId(d.competentAgencyId()), officer.username(), now, due, appointment));
        changed(d, from, now);
        return view(d, officer);
    }

    @Override
    @Transactional
    public OfficerDossierView requestSupplement(String code, List<SupplementItem> items, String guidance) {
        SignedInUser officer = officer();
        Dossier d = inScope(code, officer);
        var version = version(d);
        var checked = checkItems(version, items);
        Instant now = clock.instant();
        DossierState from = d.state();
        String summary = "Yêu cầu bổ sung " + checked.size() + " nội dung";
        if (d.state() == DossierState.SUBMITTED) {
            requireReceptionOfficer(officer, d);
            d.moveTo(DossierState.SUPPLEMENT_REQUESTED, now, officer.username(), summary);
        } else if (RUNNING_STATES.contains(d.state())) {
            requireReceptionOrCompetent(officer, d);
            if (d.clockStatus() != Dossier.ClockStatus.RUNNING) {
                throw new DossierException(DossierError.DOSSIER_CLOCK_NOT_RUNNING, d.code());
            }
            var remaining = legal.remaining(now, clockStart(d), d.dueAt(), version.processingTime(), d.receivingAgencyId());
            d.pauseClock(PauseKind.SUPPLEMENT, DossierState.SUPPLEMENT_REQUESTED, now, officer.username(), summary,
                    remaining);
        } else {
            throw new DossierException(DossierError.DOSSIER_WRONG_STATE, d.code(), d.state().name());
        }
        var content = notice("02", d, officer, now);
        content.put("items", checked);
        content.put("guidance", clean(guidance, 4000));
        issue(d, "02", officer, now, content);
        audit.record("dossier.supplement-requested", "Dossier", d.id(), d.receivingAgencyId(),
                "%s: %d item(s) %s%s".formatted(d.code(), checked.size(), checked.stream()
                        .map(i -> i.component() != null ? "components[" + i.component() + "]" : "data." + i.field())
                        .toList(), d.clockStatus() == Dossier.ClockStatus.PAUSED ? ", clock paused" : ""));
        changed(d, from, now);
        return view(d, officer);
    }

    @Override
    @Transactional
    public OfficerDossierView refuse(String code, List<String> reasons) {
        SignedInUser officer = officer();
        Dossier d = inScope(code, officer);
        requireReceptionOfficer(officer, d);
        List<String> given = reasons == null ? List.of() : reasons.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> clean(r, 1000)).toList();
        if (given.isEmpty()) {
            throw DossierException.onField("reasons", DossierError.DOSSIER_REASON_REQUIRED);
        }
        if (d.acceptedAt() != null) {
            throw new DossierException(DossierError.DOSSIER_ALREADY_ACCEPTED, d.code());
        }
        d.requireState(Set.of(DossierState.SUBMITTED));
        Instant now = clock.instant();
        DossierState from = d.state();
        d.moveTo(DossierState.REFUSED, now, officer.username(), String.join("; ", given));
        var content = notice("03", d, officer, now);
        content.put("reasons", given);
        issue(d, "03", officer, now, content);
        audit.record("dossier.refused", "Dossier", d.id(), d.receivingAgencyId(),
                "%s refused: %s".formatted(d.code(), String.join("; ", given)));
        changed(d, from, now);
        return view(d, officer);
    }

    @Override
    @Transactional
    public OfficerDossierView extend(String code, String reason, LocalDate newAppointmentDate,
                                     Integer additionalWorkingDays) {
        SignedInUser officer = officer();
        Dossier d = inScope(code, officer);
        requireReceptionOrCompetent(officer, d);
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", DossierError.DOSSIER_REASON_REQUIRED);
        }
        if (d.extended()) {
            throw new DossierException(DossierError.DOSSIER_ALREADY_EXTENDED, d.code());
        }
        if (d.clockStatus() != Dossier.ClockStatus.RUNNING) {
            throw new DossierException(DossierError.DOSSIER_CLOCK_NOT_RUNNING, d.code());
        }
        String current = DATE.format(d.appointmentDate());
        Instant due;
        if ((newAppointmentDate == null) == (additionalWorkingDays == null)) {
            throw new DossierException(DossierError.DOSSIER_EXTENSION_INVALID, current);
        }
        if (newAppointmentDate != null) {
            if (!newAppointmentDate.isAfter(d.appointmentDate()) || !legal.isWorkingDay(newAppointmentDate)) {
                throw new DossierException(DossierError.DOSSIER_EXTENSION_INVALID, current);
            }
            due = legal.endOf(newAppointmentDate, d.receivingAgencyId());
        } else {
            if (additionalWorkingDays < 1 || additionalWorkingDays > 365) {
                throw DossierException.onField("additionalWorkingDays", DossierError.DOSSIER_EXTENSION_INVALID, current);
            }
            due = legal.extend(d.dueAt(), additionalWorkingDays, d.receivingAgencyId());
        }
        Instant now = clock.instant();
        var version = version(d);
        LocalDate previous = d.appointmentDate();
        LocalDate appointment = legal.local(due);
        d.extend(now, officer.username(), clean(reason, 2000), due, appointment,
                legal.remaining(now, clockStart(d), due, version.processingTime(), d.receivingAgencyId()));
        var content = notice("04", d, officer, now);
        content.put("reason", clean(reason, 2000));
        content.put("previousAppointmentDate", DATE.format(previous));
        content.put("appointmentDate", DATE.format(appointment));
        issue(d, "04", officer, now, content);
        clockChanged(d);
        audit.record("dossier.extended", "Dossier", d.id(), d.receivingAgencyId(),
                "%s appointment %s -> %s by %s: %s".formatted(d.code(), previous, appointment, officer.username(),
                        clean(reason, 300)));
        return view(d, officer);
    }

    @Override
    @Transactional
    public OfficerDossierView stop(String code, String reason) {
        SignedInUser officer = officer();
        Dossier d = inScope(code, officer);
        requireReceptionOrCompetent(officer, d);
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", DossierError.DOSSIER_REASON_REQUIRED);
        }
        if (d.state() != DossierState.WITHDRAWAL_REQUESTED && d.acceptedAt() == null) {
            // Before acceptance the outcome is a refusal (Form 03), not a stop.
            throw new DossierException(DossierError.DOSSIER_WRONG_STATE, d.code(), d.state().name());
        }
        d.requireState(Set.of(DossierState.ACCEPTED, DossierState.PROCESSING, DossierState.SUPPLEMENT_REQUESTED,
                DossierState.PAYMENT_REQUESTED, DossierState.WITHDRAWAL_REQUESTED));
        Instant now = clock.instant();
        DossierState from = d.state();
        stopClock(d, now, officer.username(), clean(reason, 2000));
        d.moveTo(DossierState.STOPPED, now, officer.username(), clean(reason, 500));
        var content = notice("05", d, officer, now);
        content.put("reason", clean(reason, 2000));
        issue(d, "05", officer, now, content);
        audit.record("dossier.stopped", "Dossier", d.id(), d.receivingAgencyId(),
                "%s stopped by %s: %s".formatted(d.code(), officer.username(), clean(reason, 300)));
        changed(d, from, now);
        return view(d, officer);
    }

    // ---------------------------------------------------------------- reading

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerDossierView> officerView(String code) {
        SignedInUser officer = officer();
        return dossiers.findByCode(code == null ? "" : code.strip()).filter(d -> canSee(officer, d))
                .map(d -> view(d, officer));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReceptionQueueItem> queue(Pageable page) {
        SignedInUser officer = officer();
        AgencyScope centres = scope(officer, grant -> grant.role() == Role.ONE_STOP_OFFICER);
        Page<Dossier> found = centres.all()
                ? dossiers.findByStateOrderByReceivedAtAsc(DossierState.SUBMITTED, page)
                : dossiers.findByReceivingAgencyIdInAndStateOrderByReceivedAtAsc(nonEmpty(centres.agencyUuids()),
                DossierState.SUBMITTED, page);
        return found.map(this::queueItem);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReceptionQueueItem> atRisk(Pageable page) {
        SignedInUser officer = officer();
        AgencyScope scope = scope(officer, grant -> true);
        LocalDate today = legal.local(clock.instant());
        LocalDate next = today.plusDays(1);
        while (!legal.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        // Due by the end of the next working day: the day before the deadline at the latest (DOMAIN §3.5).
        Instant limit = next.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        return dossiers.dueBy(limit, scope.all(), nonEmpty(scope.agencyUuids()), page).map(this::queueItem);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] formPdf(String code, String form, String publicBaseUrl) {
        Dossier d = dossiers.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        var user = currentUser.get().orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        boolean applicant = user.citizen() && citizens.signedIn().map(c -> c.accountId().equals(d.applicantAccountId()))
                .orElse(false);
        if (!applicant && (user.citizen() || user.officialId() == null || !canSee(user, d))) {
            throw new DossierException(DossierError.DOSSIER_UNKNOWN, code);
        }
        DossierNotice notice = d.notices().stream().filter(n -> n.form().equals(form)).reduce((a, b) -> b)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_FORM_NOT_ISSUED, form));
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        String lookup = base + "/cong-dich-vu-cong/tra-cuu?ma=" + d.code();
        return pdfs.render(FORM_NAMES.get(form), form, JSON.readValue(notice.content(), MAP), lookup);
    }

    // ---------------------------------------------------------------- the applicant

    @Override
    @Transactional
    public DossierView requestWithdrawal(String code, String reason) {
        Citizen applicant = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        Dossier d = dossiers.findByCode(code == null ? "" : code.strip())
                .filter(x -> applicant.accountId().equals(x.applicantAccountId()))
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", DossierError.DOSSIER_REASON_REQUIRED);
        }
        d.requireState(Set.of(DossierState.SUBMITTED, DossierState.ACCEPTED, DossierState.PROCESSING,
                DossierState.SUPPLEMENT_REQUESTED, DossierState.PAYMENT_REQUESTED));
        Instant now = clock.instant();
        DossierState from = d.state();
        d.moveTo(DossierState.WITHDRAWAL_REQUESTED, now, applicant.username(), clean(reason, 500));
        audit.record("dossier.withdrawal-requested", "Dossier", d.id(), d.receivingAgencyId(),
                "%s: the applicant asked to withdraw: %s".formatted(d.code(), clean(reason, 300)));
        changed(d, from, now);
        return applicantView(d);
    }

    @Override
    @Transactional
    public DossierView supplement(String code, Map<String, Object> data, List<ComponentUpload> uploads) {
        Citizen applicant = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        Dossier d = dossiers.findByCode(code == null ? "" : code.strip())
                .filter(x -> applicant.accountId().equals(x.applicantAccountId()))
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        d.requireState(Set.of(DossierState.SUPPLEMENT_REQUESTED));
        var request = openRequest(d).orElseThrow(() -> new DossierException(DossierError.DOSSIER_WRONG_STATE, d.code(),
                d.state().name()));
        var version = version(d);
        Set<Integer> components = new HashSet<>();
        Set<String> fields = new HashSet<>();
        request.items().forEach(item -> {
            if (item.component() != null) {
                components.add(item.component());
            } else {
                fields.add(item.field());
            }
        });
        List<ComponentUpload> files = uploads == null ? List.of() : uploads;
        Map<String, Object> values = data == null ? Map.of() : data;
        for (var upload : files) {
            if (!components.contains(upload.component())) {
                throw DossierException.onField("components[" + upload.component() + "]", DossierError.DOSSIER_SUPPLEMENT_NOT_REQUESTED, componentName(version, upload.component()));
            }
        }
        for (String key : values.keySet()) {
            if (!fields.contains(key)) {
                throw DossierException.onField("data." + key, DossierError.DOSSIER_SUPPLEMENT_NOT_REQUESTED, key);
            }
        }
        List<String> missing = new ArrayList<>();
        components.stream().sorted().filter(c -> files.stream().noneMatch(f -> f.component() == c))
                .forEach(c -> missing.add(componentName(version, c)));
        var eForm = catalog.eForm(d.procedureCode());
        List<EFormField> requestedFields = eForm.stream().filter(f -> fields.contains(f.name()))
                .map(f -> new EFormField(f.name(), f.label(), f.type(), true, f.choices())).toList();
        requestedFields.stream().filter(f -> !values.containsKey(f.name())).forEach(f -> missing.add(f.label()));
        if (!missing.isEmpty()) {
            throw new DossierException(DossierError.DOSSIER_SUPPLEMENT_INCOMPLETE, String.join(", ", missing));
        }
        var cleanValues = FormDataCheck.check(requestedFields, values);
        List<CheckedFile> checked = new ArrayList<>();
        for (var upload : files) {
            checked.add(ComponentFiles.check(upload.component(), upload.fileName() == null ? "tep" : upload.fileName(),
                    upload.content(), maxFileBytes));
        }
        Instant now = clock.instant();
        // Earlier values are kept, one row each, before the new ones take their place (Decree 45/2020 Art. 12).
        Map<String, Object> formData = new LinkedHashMap<>(JSON.readValue(d.formData(), MAP));
        for (var entry : cleanValues.entrySet()) {
            Object old = formData.get(entry.getKey());
            jdbc.update("insert into dossier_value_version (id, dossier_id, field_name, old_value, replaced_at, replaced_by) "
                            + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), d.id(), entry.getKey(),
                    old == null ? null : JSON.writeValueAsString(old), java.sql.Timestamp.from(now), applicant.username());
            formData.put(entry.getKey(), entry.getValue());
        }
        d.replaceFormData(JSON.writeValueAsString(formData));
        for (int component : components) {
            d.replaceComponent(component, checked.stream().filter(f -> f.component() == component).toList(), now);
        }
        DossierState from = d.state();
        String note = "Đã bổ sung: " + request.items().stream().map(SupplementItem::label).toList();
        if (d.clockStatus() == Dossier.ClockStatus.PAUSED) {
            resume(d, version, now, applicant.username(), note);
        } else {
            // Not accepted yet: the complete dossier waits for reception again, its clock counting from now.
            d.moveTo(DossierState.SUBMITTED, now, applicant.username(), note);
        }
        audit.record("dossier.supplemented", "Dossier", d.id(), d.receivingAgencyId(),
                "%s: %d file(s), %d value(s) replaced by the applicant".formatted(d.code(), checked.size(),
                        cleanValues.size()));
        changed(d, from, now);
        return applicantView(d);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupplementRequest> openSupplementRequest(String code) {
        return citizens.signedIn().flatMap(c -> dossiers.findByCode(code == null ? "" : code.strip())
                .filter(d -> c.accountId().equals(d.applicantAccountId())))
                .filter(d -> d.state() == DossierState.SUPPLEMENT_REQUESTED).flatMap(this::openRequest);
    }

    // ---------------------------------------------------------------- other modules and processing

    @Override
    @Transactional
    public void pauseForFinancialObligation(DossierId id, String reason, String actor) {
        Dossier d = dossiers.findById(id.value()).orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, id));
        d.requireState(RUNNING_STATES);
        if (d.clockStatus() != Dossier.ClockStatus.RUNNING) {
            throw new DossierException(DossierError.DOSSIER_CLOCK_NOT_RUNNING, d.code());
        }
        var version = version(d);
        Instant now = clock.instant();
        DossierState from = d.state();
        d.pauseClock(PauseKind.FINANCIAL_OBLIGATION, DossierState.PAYMENT_REQUESTED, now, actor, clean(reason, 500),
                legal.remaining(now, clockStart(d), d.dueAt(), version.processingTime(), d.receivingAgencyId()));
        audit.record("dossier.payment-requested", "Dossier", d.id(), d.competentAgencyId(),
                "%s: clock paused for a financial obligation: %s".formatted(d.code(), clean(reason, 300)));
        changed(d, from, now);
    }

    @Override
    @Transactional
    public void financialObligationMet(DossierId id, String actor) {
        Dossier d = dossiers.findById(id.value()).orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, id));
        d.requireState(Set.of(DossierState.PAYMENT_REQUESTED));
        Instant now = clock.instant();
        DossierState from = d.state();
        resume(d, version(d), now, actor, "Đã thực hiện nghĩa vụ tài chính");
        audit.record("dossier.payment-met", "Dossier", d.id(), d.competentAgencyId(),
                "%s: financial obligation met, clock resumed, due %s".formatted(d.code(), d.dueAt()));
        changed(d, from, now);
    }

    /** Bắt đầu xử lý: ACCEPTED → PROCESSING; a repeat or a late delivery changes nothing. */
    @Transactional
    void processingStarted(DossierId id, Instant at, String processKey) {
        Dossier d = dossiers.findById(id.value()).orElse(null);
        if (d == null) {
            log.warn("ProcessingStarted for unknown dossier {}", id);
            return;
        }
        if (d.state() != DossierState.ACCEPTED) {
            d.processingStartedWhilePaused();
            return;
        }
        d.moveTo(DossierState.PROCESSING, at, "system", "Bắt đầu xử lý (" + processKey + ")");
        audit.record("dossier.processing", "Dossier", d.id(), d.competentAgencyId(),
                "%s: processing started (%s)".formatted(d.code(), processKey));
        changed(d, DossierState.ACCEPTED, at);
    }

    /**
     * Xử lý xong: RESULT_READY either way (the result, or the written refusal to grant it, is released to the
     * applicant later); the clock stops with the working time left (negative: late).
     */
    @Transactional
    void processingFinished(DossierId id, boolean approved, String decidedBy, Instant at, String note) {
        Dossier d = dossiers.findById(id.value()).orElse(null);
        if (d == null || !RUNNING_STATES.contains(d.state())) {
            log.info("ProcessingFinished for dossier {} ignored (state {})", id, d == null ? null : d.state());
            return;
        }
        var version = version(d);
        DossierState from = d.state();
        String text = approved ? "Đã xử lý xong, đồng ý giải quyết" + (note == null || note.isBlank() ? "" : ": " + note)
                : "Đã xử lý xong, không giải quyết (từ chối): " + (note == null || note.isBlank() ? "không nêu lý do" : note);
        if (d.clockStatus() == Dossier.ClockStatus.RUNNING) {
            d.stopClock(at, decidedBy, text, legal.remaining(at, clockStart(d), d.dueAt(), version.processingTime(),
                    d.receivingAgencyId()));
        }
        d.processingDecided(approved);
        d.moveTo(DossierState.RESULT_READY, at, decidedBy == null ? "system" : decidedBy, text);
        audit.record(approved ? "dossier.result-ready" : "dossier.result-refused", "Dossier", d.id(),
                d.competentAgencyId(), "%s: %s".formatted(d.code(), clean(text, 300)));
        changed(d, from, at);
    }

    // ---------------------------------------------------------------- helpers

    private void resume(Dossier d, ProcedureVersionDetails version, Instant now, String actor, String note) {
        var paused = d.ledger().stream().filter(e -> e.kind() == ClockEntryKind.PAUSED).reduce((a, b) -> b).orElseThrow();
        Instant due = legal.resume(now, paused.remaining(), d.dueAt(), version.processingTime(), d.receivingAgencyId());
        d.resumeClock(now, actor, note, due, legal.local(due),
                legal.remaining(now, clockStart(d), due, version.processingTime(), d.receivingAgencyId()));
    }

    /** When the running clock counts from: the STARTED row's reception time, or the last resumption. */
    private static Instant clockStart(Dossier d) {
        return d.ledger().stream().filter(e -> e.kind() == ClockEntryKind.STARTED || e.kind() == ClockEntryKind.RESUMED)
                .reduce((a, b) -> b).map(ClockEntry::countsFrom).orElse(d.receivedAt());
    }

    private void stopClock(Dossier d, Instant now, String actor, String reason) {
        if (d.clockStatus() == null || d.clockStatus() == Dossier.ClockStatus.STOPPED) {
            return;
        }
        var version = version(d);
        d.stopClock(now, actor, reason, d.clockStatus() == Dossier.ClockStatus.PAUSED
                ? d.ledger().getLast().remaining()
                : legal.remaining(now, clockStart(d), d.dueAt(), version.processingTime(), d.receivingAgencyId()));
    }

    /**
     * The official reception time the clock counts from: the dossier's, or, after a supplement asked for before
     * acceptance, the reception time of the completed dossier (the last return to SUBMITTED).
     */
    private Instant countsFrom(Dossier d) {
        var submissions = d.history().stream().filter(h -> h.state() == DossierState.SUBMITTED).toList();
        if (submissions.size() <= 1) {
            return d.receivedAt();
        }
        return ReceptionTime.of(submissions.getLast().at(), calendar, d.receivingAgencyId());
    }

    private Optional<SupplementRequest> openRequest(Dossier d) {
        return d.notices().stream().filter(n -> n.form().equals("02")).reduce((a, b) -> b).map(n -> {
            JsonNode content = JSON.readTree(n.content());
            List<SupplementItem> items = new ArrayList<>();
            for (JsonNode item : content.get("items")) {
                items.add(new SupplementItem(item.hasNonNull("component") ? item.get("component").asInt() : null,
                        item.hasNonNull("field") ? item.get("field").asString() : null, item.get("label").asString(),
                        item.get("reason").asString()));
            }
            return new SupplementRequest(d.code(), items, content.hasNonNull("guidance")
                    ? content.get("guidance").asString() : null, n.issuedAt());
        });
    }

    private List<SupplementItem> checkItems(ProcedureVersionDetails version, List<SupplementItem> items) {
        if (items == null || items.isEmpty()) {
            throw new DossierException(DossierError.DOSSIER_ITEMS_REQUIRED);
        }
        var eForm = catalog.eForm(version.code());
        List<SupplementItem> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            final int i = index;
            var item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.reason() == null || item.reason().isBlank()
                    || (item.component() == null) == (item.field() == null || item.field().isBlank())) {
                throw DossierException.onField(field, DossierError.DOSSIER_ITEM_INVALID, i + 1);
            }
            String label;
            if (item.component() != null) {
                if (item.component() < 0 || item.component() >= version.components().size()) {
                    throw DossierException.onField(field, DossierError.DOSSIER_ITEM_INVALID, i + 1);
                }
                label = version.components().get(item.component()).name();
            } else {
                label = eForm.stream().filter(f -> f.name().equals(item.field().strip())).map(EFormField::label).findFirst()
                        .orElseThrow(() -> DossierException.onField(field, DossierError.DOSSIER_ITEM_INVALID, i + 1));
            }
            String key = item.component() != null ? "c" + item.component() : "f" + item.field().strip();
            if (!seen.add(key)) {
                throw DossierException.onField(field, DossierError.DOSSIER_ITEM_INVALID, i + 1);
            }
            checked.add(new SupplementItem(item.component(), item.component() != null ? null : item.field().strip(), label,
                    clean(item.reason(), 1000)));
        }
        return checked;
    }

    SignedInUser officer() {
        SignedInUser user = currentUser.get().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_AN_OFFICIAL));
        if (user.citizen() || user.officialId() == null) {
            throw new DossierException(DossierError.DOSSIER_NOT_AN_OFFICIAL);
        }
        return user;
    }

    Dossier inScope(String code, SignedInUser officer) {
        return dossiers.findByCode(code == null ? "" : code.strip()).filter(d -> canSee(officer, d))
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
    }

    private boolean canSee(SignedInUser officer, Dossier d) {
        AgencyScope any = scope(officer, grant -> true);
        return any.includes(new AgencyId(d.receivingAgencyId())) || any.includes(new AgencyId(d.competentAgencyId()));
    }

    void requireReceptionOfficer(SignedInUser officer, Dossier d) {
        if (!scope(officer, grant -> grant.role() == Role.ONE_STOP_OFFICER).includes(new AgencyId(d.receivingAgencyId()))) {
            throw new DossierException(DossierError.DOSSIER_NOT_RECEIVING_OFFICER, d.code());
        }
    }

    private void requireReceptionOrCompetent(SignedInUser officer, Dossier d) {
        boolean reception = scope(officer, grant -> grant.role() == Role.ONE_STOP_OFFICER)
                .includes(new AgencyId(d.receivingAgencyId()));
        boolean competent = scope(officer, grant -> grant.role() != Role.CITIZEN)
                .includes(new AgencyId(d.competentAgencyId()));
        if (!reception && !competent) {
            throw new DossierException(DossierError.DOSSIER_NOT_RECEIVING_OFFICER, d.code());
        }
    }

    AgencyScope scope(SignedInUser user, Predicate<Grant> which) {
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (grant.role() == Role.CITIZEN || !which.test(grant)) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL || grant.role() == Role.SYSTEM_ADMIN) {
                return AgencyScope.ALL;
            }
            if (grant.agency() == null) {
                continue;
            }
            if (grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES) {
                agencies.addAll(directory.agencyWithSubordinates(grant.agency()));
            } else {
                agencies.add(grant.agency());
            }
        }
        return AgencyScope.of(agencies);
    }

    private static Set<UUID> nonEmpty(Set<UUID> ids) {
        // An empty IN list is not valid SQL everywhere; a random id matches nothing.
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }

    ProcedureVersionDetails version(Dossier d) {
        return catalog.version(new ProcedureVersionId(d.procedureVersionId())).orElseThrow();
    }

    private static String componentName(ProcedureVersionDetails version, int index) {
        return index >= 0 && index < version.components().size() ? version.components().get(index).name()
                : "Thành phần " + index;
    }

    private static String processingTimeText(ProcedureVersionDetails version) {
        var time = version.processingTime();
        if (time.amount() == 0) {
            return "Trong ngày tiếp nhận";
        }
        return time.amount() + (time.unit() == vn.openprovince.catalog.ProcessingTimeUnit.WORKING_HOURS
                ? " giờ làm việc" : " ngày làm việc");
    }

    private Map<String, Object> notice(String form, Dossier d, SignedInUser officer, Instant now) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agencyName", agencyName(d.receivingAgencyId()));
        content.put("competentAgencyName", agencyName(d.competentAgencyId()));
        content.put("code", d.code());
        content.put("procedure", d.procedureName() + " (" + d.procedureCode() + ")");
        content.put("applicant", d.applicantName());
        var applicant = applicantOf(d);
        content.put("applicantContact", java.util.stream.Stream.of(applicant.citizenId(), applicant.phone(), applicant.email())
                .filter(v -> v != null && !v.isBlank()).reduce((a, b) -> a + " · " + b).orElse(""));
        content.put("issuedAt", TIME.format(now.atZone(calendar.zone())));
        content.put("issuedDate", d.appointmentDate() == null ? null : DATE.format(d.appointmentDate()));
        content.put("officer", officer.displayName());
        content.put("place", "Hòa Bình");
        LocalDate today = legal.local(now);
        content.put("dateLine", "ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(),
                today.getYear()));
        return content;
    }

    private void issue(Dossier d, String form, SignedInUser officer, Instant now, Map<String, Object> content) {
        d.issue(new DossierNotice(form, now, officer.username(), officer.displayName(), JSON.writeValueAsString(content)));
    }

    String agencyName(UUID id) {
        return directory.agency(new AgencyId(id)).map(AgencySummary::name).orElse("—");
    }

    private OfficerDossierView.Applicant applicantOf(Dossier d) {
        JsonNode data = JSON.readTree(d.applicantData());
        return new OfficerDossierView.Applicant(d.applicantName(), d.applicantKind(), text(data, "citizenId"),
                text(data, "phone"), text(data, "email"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    /** Publishes the ledger rows this verb appended. */
    private void clockChanged(Dossier d) {
        for (var e : d.drainNewClockEntries()) {
            events.publishEvent(new vn.openprovince.dossier.DossierClockChanged(new DossierId(d.id()), d.code(), e.kind(),
                e.pauseKind(), e.occurredAt(), e.actor(), e.reason(), e.dueAt(), e.appointmentDate(),
                e.remaining() == null ? null : e.remaining().amount(),
                e.remaining() == null ? null : e.remaining().unit().name()));
        }
    }

    void changed(Dossier d, DossierState from, Instant at) {
        clockChanged(d);
        events.publishEvent(new DossierStateChanged(new DossierId(d.id()), d.code(), from, d.state(),
                states.nationalState(d.state()), d.applicantAccountId(), at));
    }

    private ReceptionQueueItem queueItem(Dossier d) {
        boolean running = d.clockStatus() == Dossier.ClockStatus.RUNNING;
        return new ReceptionQueueItem(d.code(), d.procedureCode(), d.procedureName(), d.applicantName(), d.channel(),
                d.state(), d.receivedAt(), d.appointmentDate(), d.dueAt(), running && legal.atRisk(clock.instant(), d.dueAt()));
    }

    private OfficerDossierView view(Dossier d, SignedInUser officer) {
        var national = states.all();
        Instant now = clock.instant();
        boolean running = d.clockStatus() == Dossier.ClockStatus.RUNNING;
        var version = version(d);
        List<WorkflowStep> steps = workflows.steps(new DossierId(d.id()));
        List<SupplementItem> requested = d.state() == DossierState.SUPPLEMENT_REQUESTED
                ? openRequest(d).map(SupplementRequest::items).orElse(List.of()) : List.of();
        List<OfficerDossierView.Component> components = new ArrayList<>();
        for (int i = 0; i < version.components().size(); i++) {
            components.add(new OfficerDossierView.Component(i, version.components().get(i).name(),
                    version.components().get(i).required()));
        }
        return new OfficerDossierView(d.code(), d.state(), national.get(d.state()), d.appointmentDate(), d.dueAt(),
                d.clockStatus() == null ? null : d.clockStatus().name(), running && legal.atRisk(now, d.dueAt()),
                running && now.isAfter(d.dueAt()), running && !d.extended(), d.procedureCode(), d.procedureName(),
                d.channel(), applicantOf(d),
                new OfficerDossierView.Agency(d.receivingAgencyId(), agencyName(d.receivingAgencyId())),
                new OfficerDossierView.Agency(d.competentAgencyId(), agencyName(d.competentAgencyId())),
                d.submittedAt(), d.receivedAt(), d.acceptedAt(), d.acceptedBy(),
                new LinkedHashMap<>(JSON.readValue(d.formData(), MAP)),
                d.files().stream().map(f -> new OfficerDossierView.FileItem(f.id(), f.component(), f.fileName(),
                        f.contentType(), f.sizeBytes(), f.supersededAt())).toList(),
                d.history().stream().map(h -> new OfficerDossierView.HistoryItem(h.seq(), h.state(), national.get(h.state()),
                        h.at(), h.actor(), h.note())).toList(),
                d.ledger().stream().map(e -> new OfficerDossierView.LedgerItem(e.seq(), e.kind(), e.pauseKind(),
                        e.occurredAt(), e.countsFrom(), e.actor(), e.reason(), e.dueAt(), e.appointmentDate(),
                        e.remaining() == null ? null : e.remaining().amount(),
                        e.remaining() == null ? null : e.remaining().unit().name())).toList(),
                steps,
                d.notices().stream().map(n -> new OfficerDossierView.FormItem(n.form(), FORM_NAMES.get(n.form()),
                        n.issuedAt(), n.issuedBy())).toList(),
                requested, components);
    }

    private DossierView applicantView(Dossier d) {
        var national = states.all();
        return new DossierView(d.code(), d.procedureCode(), d.procedureName(), d.state(), national.get(d.state()),
                d.channel(), d.applicantName(), new AgencyId(d.receivingAgencyId()), new AgencyId(d.competentAgencyId()),
                d.submittedAt(), d.receivedAt(), d.appointmentDate(), new LinkedHashMap<>(JSON.readValue(d.formData(), MAP)),
                d.files().stream().filter(DossierFile::current).map(f -> new DossierView.FileItem(f.component(),
                        f.fileName(), f.contentType(), f.sizeBytes())).toList(),
                d.history().stream().map(h -> new DossierView.HistoryItem(h.state(), national.get(h.state()), h.at(),
                        h.note())).toList());
    }
}
