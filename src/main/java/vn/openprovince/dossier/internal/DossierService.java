package vn.openprovince.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierCodeGenerator;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierStateChanged;
import vn.openprovince.dossier.DossierStatus;
import vn.openprovince.dossier.DossierSubmitted;
import vn.openprovince.dossier.DossierView;
import vn.openprovince.dossier.Draft;
import vn.openprovince.dossier.OnlineSubmission;
import vn.openprovince.dossier.OnlineSubmissions;
import vn.openprovince.dossier.SubmissionReceipt;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/** Online submission (Decree 45/2020 Art. 11: automatic completeness check, code, official reception time) and tracking. */
@Service
class DossierService implements OnlineSubmissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Dossiers dossiers;
    private final DossierDrafts drafts;
    private final ProcedureCatalog catalog;
    private final OrganizationDirectory directory;
    private final CitizenDirectory citizens;
    private final WorkingCalendar calendar;
    private final DossierCodeGenerator codes;
    private final StateMappings states;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final long maxFileBytes;
    private final Clock clock = Clock.systemUTC();

    DossierService(Dossiers dossiers, DossierDrafts drafts, ProcedureCatalog catalog, OrganizationDirectory directory,
                   CitizenDirectory citizens, WorkingCalendar calendar, DossierCodeGenerator codes, StateMappings states,
                   AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                   @Value("${openprovince.dossier.max-file-size:10MB}") DataSize maxFileSize) {
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.catalog = catalog;
        this.directory = directory;
        this.citizens = citizens;
        this.calendar = calendar;
        this.codes = codes;
        this.states = states;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxFileBytes = maxFileSize.toBytes();
    }

    @Override
    public SubmissionReceipt submit(OnlineSubmission input) {
        Citizen applicant = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        String key = input.idempotencyKey() == null || input.idempotencyKey().isBlank() ? null
                : input.idempotencyKey().strip();
        if (key != null && key.length() > 100) {
            key = key.substring(0, 100);
        }
        if (key != null) {
            var earlier = replay(applicant.accountId(), key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var version = catalog.currentVersion(input.procedureCode() == null ? "" : input.procedureCode().strip())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN_PROCEDURE, input.procedureCode()));
        if (!version.onlineService().online()) {
            throw new DossierException(DossierError.DOSSIER_NOT_ONLINE, version.name());
        }
        var eForm = catalog.eForm(version.code());
        var data = FormDataCheck.check(eForm, input.data() == null ? Map.of() : input.data());
        var files = checkedFiles(version, input.files() == null ? List.of() : input.files(), !eForm.isEmpty());
        if (version.receivingCentres().isEmpty()) {
            throw new DossierException(DossierError.DOSSIER_NO_RECEIVING_CENTRE, version.name());
        }
        AgencyId receiving = version.receivingCentres().getFirst();
        AgencyId competent = version.competentAgencies().isEmpty() ? version.managingAgency()
                : version.competentAgencies().getFirst();
        String unitCode = directory.agency(receiving).orElseThrow().identifierCode();
        var submission = new Submission(version.id().value(), version.code(), version.name(), applicant.accountId(),
                applicant.kind().name(), applicant.applicantName(), JSON.writeValueAsString(applicant), receiving.value(),
                competent.value(), JSON.writeValueAsString(data), key, files);
        var submittedAt = clock.instant();
        var receivedAt = ReceptionTime.of(submittedAt, calendar, receiving.value());
        LocalDate receptionDay = receivedAt.atZone(calendar.zone()).toLocalDate();
        // The number is taken in its own short transaction BEFORE the submission's transaction opens: taken inside
        // it, each submission held two pool connections at once, and as many concurrent submissions as the pool
        // has connections all waited for a second one until the pool's time-out (found by the submission benchmark).
        String code = codes.next(unitCode, receptionDay);
        try {
            return transactions.execute(status -> {
                var dossier = dossiers.saveAndFlush(Dossier.submittedOnline(code, codes.version(), submission, submittedAt,
                        receivedAt, applicant.username()));
                drafts.findByApplicantAccountIdAndProcedureCode(applicant.accountId(), version.code()).ifPresent(drafts::delete);
                audit.record("dossier.submitted", "Dossier", dossier.id(), receiving.value(),
                        "%s %s (%s), online, received %s".formatted(code, version.code(), version.id(), receivedAt));
                events.publishEvent(new DossierSubmitted(new DossierId(dossier.id()), code, new ProcedureVersionId(
                        version.id().value()), version.code(), applicant.accountId(), receiving, competent,
                        dossier.channel(), receivedAt));
                events.publishEvent(new DossierStateChanged(new DossierId(dossier.id()), code, null, DossierState.SUBMITTED,
                        states.nationalState(DossierState.SUBMITTED), applicant.accountId(), submittedAt));
                return new SubmissionReceipt(code, receivedAt, dossier.state(), false);
            });
        } catch (DataIntegrityViolationException concurrentReplay) {
            // The same key submitted twice at once: the first one won, this one returns it.
            if (key != null) {
                var earlier = replay(applicant.accountId(), key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            throw concurrentReplay;
        }
    }

    private Optional<SubmissionReceipt> replay(UUID accountId, String key) {
        return transactions.execute(status -> dossiers.findByApplicantAccountIdAndIdempotencyKey(accountId, key)
                .map(d -> new SubmissionReceipt(d.code(), d.receivedAt(), d.state(), true)));
    }

    /** Required components (unless the e-form replaces them) need a file; every file must pass the checks. */
    private List<CheckedFile> checkedFiles(ProcedureVersionDetails version, List<ComponentUpload> uploads, boolean hasEForm) {
        List<DossierComponent> components = version.components();
        List<CheckedFile> checked = new ArrayList<>();
        Set<Integer> given = new HashSet<>();
        for (var upload : uploads) {
            if (upload.component() < 0 || upload.component() >= components.size()) {
                throw DossierException.onField("components[" + upload.component() + "]", DossierError.DOSSIER_UNKNOWN_COMPONENT,
                        upload.component());
            }
            checked.add(ComponentFiles.check(upload.component(), upload.fileName() == null ? "tep" : upload.fileName(),
                    upload.content(), maxFileBytes));
            given.add(upload.component());
        }
        for (int i = 0; i < components.size(); i++) {
            var component = components.get(i);
            boolean coveredByEForm = component.replacedByEForm() && hasEForm;
            if (component.required() && !coveredByEForm && !given.contains(i)) {
                throw DossierException.onField("components[" + i + "]", DossierError.DOSSIER_MISSING_COMPONENT, component.name());
            }
        }
        return checked;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierStatus> status(String code) {
        return dossiers.findByCode(code == null ? "" : code.strip())
                .map(d -> new DossierStatus(d.code(), d.state(), d.appointmentDate()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierView> mine() {
        return citizens.signedIn().map(citizen -> dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                citizen.accountId(), Limit.of(100)).stream().map(this::view).toList()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> mine(String code) {
        var citizen = citizens.signedIn();
        return citizen.flatMap(c -> dossiers.findByCode(code).filter(d -> c.accountId().equals(d.applicantAccountId())))
                .map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Draft> draft(String procedureCode) {
        return citizens.signedIn().flatMap(c -> drafts.findByApplicantAccountIdAndProcedureCode(c.accountId(), procedureCode))
                .map(draft -> draftView(procedureCode, draft));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Draft> drafts() {
        return citizens.signedIn().map(c -> drafts.findByApplicantAccountIdOrderByUpdatedAtDesc(c.accountId(), Limit.of(20))
                .stream().map(d -> draftView(d.procedureCode(), d)).toList()).orElse(List.of());
    }

    @Override
    @Transactional
    public Draft saveDraft(String procedureCode, Map<String, Object> data, Long basedOnVersion) {
        Citizen citizen = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        String json = JSON.writeValueAsString(data == null ? Map.of() : data);
        var existing = drafts.findByApplicantAccountIdAndProcedureCode(citizen.accountId(), procedureCode);
        DossierDraft draft;
        if (existing.isPresent()) {
            draft = existing.get();
            if (basedOnVersion == null) {
                throw new DossierException(DossierError.DOSSIER_DRAFT_CHANGED);
            }
            draft.replace(json, basedOnVersion, clock.instant());
        } else {
            if (basedOnVersion != null) {
                // Edited from a draft that was submitted or deleted on another device meanwhile.
                throw new DossierException(DossierError.DOSSIER_DRAFT_CHANGED);
            }
            draft = new DossierDraft(citizen.accountId(), procedureCode, json, clock.instant());
        }
        draft = drafts.saveAndFlush(draft);
        return draftView(procedureCode, draft);
    }

    @Override
    public int nationalState(DossierState state) {
        return states.nationalState(state);
    }

    private Draft draftView(String procedureCode, DossierDraft draft) {
        return new Draft(procedureCode, JSON.readValue(draft.formData(), MAP), draft.version(), draft.updatedAt());
    }

    private DossierView view(Dossier d) {
        var national = states.all();
        return new DossierView(d.code(), d.procedureCode(), d.procedureName(), d.state(), national.get(d.state()),
                d.channel(), d.applicantName(), new AgencyId(d.receivingAgencyId()), new AgencyId(d.competentAgencyId()),
                d.submittedAt(), d.receivedAt(), d.appointmentDate(), new LinkedHashMap<>(JSON.readValue(d.formData(), MAP)),
                d.files().stream().filter(DossierFile::current).map(f -> new DossierView.FileItem(f.component(), f.fileName(), f.contentType(),
                        f.sizeBytes())).toList(),
                d.history().stream().map(h -> new DossierView.HistoryItem(h.state(), national.get(h.state()), h.at(),
                        h.note())).toList());
    }
}
