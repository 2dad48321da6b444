package vn.openprovince.catalog.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.CatalogException.Violation;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.FormTemplateId;
import vn.openprovince.catalog.ProcedureVersionPublished;
import vn.openprovince.organization.AccessScopes;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.organization.OrganizationPermission;

/**
 * Use cases of catalogue administration. A procedure is edited by whoever may manage its managing
 * agency (the agency-administration permission: system administrators everywhere, agency
 * administrators within their scope); every change is audited in its transaction.
 */
@Service
public class CatalogService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** File types accepted as form templates, by extension, with their media types. */
    static final Map<String, String> TEMPLATE_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text");

    private final Procedures procedures;
    private final CatalogFields fields;
    private final FormTemplateFiles templates;
    private final JpaProcedureCatalog catalog;
    private final OrganizationDirectory directory;
    private final AccessScopes access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ProcedureCodeRule codeRule;
    private final CatalogSettings settings;
    private final Clock clock;

    CatalogService(Procedures procedures, CatalogFields fields, FormTemplateFiles templates, JpaProcedureCatalog catalog,
                   OrganizationDirectory directory, AccessScopes access, AuditTrail audit,
                   ApplicationEventPublisher events, CatalogSettings settings) {
        this.procedures = procedures;
        this.fields = fields;
        this.templates = templates;
        this.catalog = catalog;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.codeRule = new ProcedureCodeRule(settings.codePattern(), settings.acceptNonstandardCodes());
        this.clock = Clock.system(VIETNAM);
    }

    /** The procedures whose managing agency the caller may manage, by name. */
    @Transactional(readOnly = true)
    public Page<ProcedureRow> procedures(String query, Pageable page) {
        AgencyScope scope = editorScope();
        var found = procedures.findAll(ProcedureSearch.matching(query, null, null, null, false,
                scope.all() ? null : scope.agencyUuids()), JpaProcedureCatalog.capped(page));
        Map<String, String> fieldNames = catalog.fieldNames();
        return found.map(p -> new ProcedureRow(p.code(), p.codeStandard(), p.codeVerified(), p.name(),
                fieldNames.get(p.fieldCode()), p.levelCode(), agencyName(p.managingAgencyId()), p.onlineService(),
                p.published(), p.draftVersionId() != null, p.sampleData()));
    }

    @Transactional(readOnly = true)
    public ProcedureAdminView procedure(String code) {
        var procedure = editable(code);
        Map<String, String> fieldNames = catalog.fieldNames();
        return new ProcedureAdminView(procedure.code(), procedure.codeStandard(), procedure.codeVerified(),
                procedure.managingAgencyId(), agencyName(procedure.managingAgencyId()), procedure.sampleData(),
                procedure.current().map(v -> v.details(fieldNames.get(v.fieldCode()))).orElse(null),
                procedure.draft().map(v -> v.details(fieldNames.get(v.fieldCode()))).orElse(null),
                procedure.versions().stream().map(v -> new ProcedureAdminView.VersionEntry(v.number(),
                        v.status().name(), v.details(null).effectiveFrom(), v.details(null).effectiveTo())).toList());
    }

    /** Agencies the caller may choose as a procedure's managing agency. */
    @Transactional(readOnly = true)
    public List<AgencySummary> managingAgencies() {
        return directory.agencies(editorScope());
    }

    /** Registers a procedure from the form or the API; its first version is a draft. */
    @Transactional
    public String create(ProcedureForm form) {
        var found = new ArrayList<Violation>();
        ProcedureCodeRule.CheckedCode code = null;
        try {
            code = codeRule.check(form.getCode());
            if (procedures.existsByCode(code.value())) {
                found.add(new Violation("code", CatalogError.CAT_DUPLICATE_CODE, code.value()));
            }
        } catch (CatalogException rejected) {
            found.add(new Violation("code", rejected.error(), rejected.getDetailMessageArguments()));
        }
        var content = form.content(found);
        found.addAll(referenceViolations(content, "", knownFieldCodes(), knownLevelCodes()));
        if (!found.isEmpty()) {
            throw CatalogException.of(found);
        }
        return register(code, new NewProcedure(code.value(), form.getManagingAgencyId(), form.isCodeVerified(),
                form.isSampleData(), content));
    }

    /** Registers a procedure from checked-in content (sample data, import). */
    @Transactional
    public String create(NewProcedure input) {
        var code = codeRule.check(input.code());
        if (procedures.existsByCode(code.value())) {
            throw new CatalogException(CatalogError.CAT_DUPLICATE_CODE, code.value());
        }
        validate(input.content());
        return register(code, input);
    }

    private String register(ProcedureCodeRule.CheckedCode code, NewProcedure input) {
        requireManagingAgency(input.managingAgencyId());
        var procedure = new Procedure(code, input.managingAgencyId(), input.sampleData(), input.content(), now());
        procedure.markCodeVerified(input.codeVerified());
        procedures.save(procedure);
        audit.record("procedure.created", "Procedure", code.value(), input.managingAgencyId(),
                "%s%s".formatted(procedure.name(), code.standard() ? "" : " (non-standard code)"));
        return procedure.code();
    }

    /** Writes the draft version from the form or the API. */
    @Transactional
    public void saveDraft(String code, ProcedureForm form) {
        var procedure = editable(code);
        var found = new ArrayList<Violation>();
        var content = form.content(found);
        found.addAll(referenceViolations(content, "", knownFieldCodes(), knownLevelCodes()));
        if (!found.isEmpty()) {
            throw CatalogException.of(found);
        }
        write(procedure, new DraftChanges(form.getManagingAgencyId() == null ? procedure.managingAgencyId()
                : form.getManagingAgencyId(), form.isCodeVerified(), content));
    }

    /** Writes the draft version (opening one after the current version if there is none). */
    @Transactional
    public void saveDraft(String code, DraftChanges changes) {
        var procedure = editable(code);
        validate(changes.content());
        write(procedure, changes);
    }

    private void write(Procedure procedure, DraftChanges changes) {
        if (!changes.managingAgencyId().equals(procedure.managingAgencyId())) {
            requireManagingAgency(changes.managingAgencyId());
            procedure.assignManagingAgency(changes.managingAgencyId());
        }
        procedure.markCodeVerified(changes.codeVerified());
        var draft = procedure.reviseDraft(changes.content(), now());
        audit.record("procedure.draft-saved", "Procedure", procedure.code(), procedure.managingAgencyId(),
                "version %d: %s".formatted(draft.number(), draft.name()));
    }

    @Transactional
    public void publish(String code, LocalDate effectiveFrom) {
        var procedure = editable(code);
        LocalDate today = LocalDate.now(clock);
        ProcedureVersionPublished published = procedure.publish(effectiveFrom == null ? today : effectiveFrom,
                today, now());
        audit.record("procedure.published", "Procedure", procedure.code(), procedure.managingAgencyId(),
                "version %d from %s".formatted(published.number(), published.effectiveFrom()));
        events.publishEvent(published);
    }

    /** Attaches a form template file to a component of the draft (opening a draft if needed). */
    @Transactional
    public void attachTemplate(String code, int componentIndex, String fileName, byte[] content) {
        var procedure = editable(code);
        if (content == null || content.length == 0) {
            throw new CatalogException(CatalogError.CAT_TEMPLATE_EMPTY);
        }
        if (content.length > settings.maxTemplateSize().toBytes()) {
            throw new CatalogException(CatalogError.CAT_TEMPLATE_TOO_LARGE, settings.maxTemplateSize().toMegabytes());
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TEMPLATE_TYPES.get(extension);
        if (type == null || !looksLike(extension, content)) {
            throw new CatalogException(CatalogError.CAT_TEMPLATE_TYPE, String.join(", ", TEMPLATE_TYPES.keySet().stream().sorted().toList()));
        }
        var base = procedure.draft().or(procedure::current).orElseThrow().content();
        if (componentIndex < 0 || componentIndex >= base.components().size()) {
            throw new CatalogException(CatalogError.CAT_UNKNOWN_COMPONENT, componentIndex + 1);
        }
        var file = templates.save(new FormTemplateFile(name, type, content, sha256(content), now()));
        var components = new ArrayList<>(base.components());
        var old = components.get(componentIndex);
        components.set(componentIndex, new DossierComponent(old.name(), old.required(), old.originals(), old.copies(),
                new FormTemplateId(file.id()), name, old.replacedByEForm()));
        var draft = procedure.reviseDraft(withComponents(base, components), now());
        audit.record("procedure.template-attached", "Procedure", procedure.code(), procedure.managingAgencyId(),
                "version %d, component %d: %s".formatted(draft.number(), componentIndex + 1, name));
    }

    /** A template for administrators, whether or not it is published yet. */
    @Transactional(readOnly = true)
    public vn.openprovince.catalog.FormTemplate template(UUID id) {
        editorScope();
        return templates.findById(id).map(FormTemplateFile::template)
                .orElseThrow(() -> new CatalogException(CatalogError.CAT_UNKNOWN_TEMPLATE, id));
    }

    /** The published Excel template: the sheets and their headings, the guide and the field codes. */
    @Transactional(readOnly = true)
    public byte[] workbookTemplate() {
        editorScope();
        return CatalogWorkbook.write(List.of(), Map.of(), catalog.fields());
    }

    /** The procedures in the caller's scope as a workbook, each as its draft if it has one, else as in force. */
    @Transactional // not read-only: the export itself is audited
    public byte[] exportWorkbook() {
        AgencyScope scope = editorScope();
        Map<String, String> fieldNames = catalog.fieldNames();
        var versions = procedures.findAll(ProcedureSearch.matching("", null, null, null, false,
                scope.all() ? null : scope.agencyUuids())).stream()
                .map(p -> p.draft().or(p::current).orElseThrow().details(fieldNames.get(p.fieldCode()))).toList();
        Map<UUID, String> codes = new java.util.HashMap<>();
        versions.forEach(v -> {
            codes.computeIfAbsent(v.managingAgency().value(), this::identifierCode);
            v.competentAgencies().forEach(a -> codes.computeIfAbsent(a.value(), this::identifierCode));
            v.receivingCentres().forEach(a -> codes.computeIfAbsent(a.value(), this::identifierCode));
        });
        audit.record("procedure.exported", "Procedure", "workbook", null, "%d procedures".formatted(versions.size()));
        return CatalogWorkbook.write(versions, codes, catalog.fields());
    }

    /**
     * Imports a workbook: every row is checked first, and if any is wrong nothing is imported. New codes
     * register procedures; existing ones get their draft written (published versions never change).
     */
    @Transactional
    public ImportReport importWorkbook(java.io.InputStream in, boolean publish) {
        AgencyScope scope = editorScope();
        var reading = CatalogWorkbook.read(in);
        var errors = new ArrayList<>(reading.errors());
        Set<String> fieldCodes = knownFieldCodes();
        Set<String> levelCodes = knownLevelCodes();
        record Ready(CatalogWorkbook.ImportedProcedure row, ProcedureCodeRule.CheckedCode code, UUID managing,
                     ProcedureContent content) {
        }
        var ready = new ArrayList<Ready>();
        for (var row : reading.procedures()) {
            var found = new ArrayList<Violation>();
            ProcedureCodeRule.CheckedCode code = null;
            try {
                code = codeRule.check(row.form().getCode());
            } catch (CatalogException rejected) {
                found.add(new Violation("code", rejected.error(), rejected.getDetailMessageArguments()));
            }
            UUID managing = agencyByCode(row.managingAgencyCode(), "managingAgency", found);
            if (managing != null && !scope.includes(new AgencyId(managing))) {
                found.add(new Violation("managingAgency", CatalogError.CAT_OUT_OF_SCOPE, row.managingAgencyCode()));
            }
            var existing = code == null ? null : procedures.findByCode(code.value()).orElse(null);
            if (existing != null && !scope.includes(new AgencyId(existing.managingAgencyId()))) {
                found.add(new Violation("code", CatalogError.CAT_OUT_OF_SCOPE, code.value()));
            }
            row.form().setCompetentAgencies(row.competentCodes().stream()
                    .map(c -> agencyByCode(c, "competentAgencies", found)).filter(java.util.Objects::nonNull).toList());
            row.form().setReceivingCentres(row.receivingCodes().stream()
                    .map(c -> agencyByCode(c, "receivingCentres", found)).filter(java.util.Objects::nonNull).toList());
            var content = row.form().content(found);
            found.addAll(referenceViolations(content, "", fieldCodes, levelCodes));
            found.forEach(violation -> errors.add(CatalogWorkbook.place(row, violation)));
            if (found.isEmpty()) {
                ready.add(new Ready(row, code, managing, existing == null ? content : keepTemplates(existing, content)));
            }
        }
        if (!errors.isEmpty()) {
            // In reading order: sheet by sheet, row by row, column by column.
            var sheets = List.of(CatalogWorkbook.PROCEDURES, CatalogWorkbook.COMPONENTS, CatalogWorkbook.FEES);
            errors.sort(java.util.Comparator.<ImportReport.ImportError>comparingInt(e -> sheets.indexOf(e.sheet()))
                    .thenComparingInt(ImportReport.ImportError::row)
                    .thenComparingInt(e -> e.column().length()).thenComparing(ImportReport.ImportError::column));
            return new ImportReport(false, 0, 0, 0, List.copyOf(errors));
        }
        int created = 0;
        int revised = 0;
        int published = 0;
        LocalDate today = LocalDate.now(clock);
        for (var item : ready) {
            var procedure = procedures.findByCode(item.code().value()).orElse(null);
            if (procedure == null) {
                procedure = procedures.save(new Procedure(item.code(), item.managing(), item.row().form().isSampleData(),
                        item.content(), now()));
                created++;
                audit.record("procedure.created", "Procedure", procedure.code(), item.managing(), "import: " + procedure.name());
            } else {
                procedure.assignManagingAgency(item.managing());
                var draft = procedure.reviseDraft(item.content(), now());
                revised++;
                audit.record("procedure.draft-saved", "Procedure", procedure.code(), item.managing(),
                        "import: version %d".formatted(draft.number()));
            }
            if (publish) {
                var event = procedure.publish(today, today, now());
                published++;
                audit.record("procedure.published", "Procedure", procedure.code(), item.managing(),
                        "import: version %d from %s".formatted(event.number(), event.effectiveFrom()));
                events.publishEvent(event);
            }
        }
        audit.record("procedure.imported", "Procedure", "workbook", null,
                "%d created, %d revised, %d published".formatted(created, revised, published));
        return new ImportReport(true, created, revised, published, List.of());
    }

    /** A re-imported component keeps the form template it had, matched by name; the sheet has no files. */
    private static ProcedureContent keepTemplates(Procedure existing, ProcedureContent content) {
        var before = existing.draft().or(existing::current).map(ProcedureVersion::content).orElse(null);
        if (before == null) {
            return content;
        }
        var components = content.components().stream().map(component -> before.components().stream()
                .filter(old -> old.name().equals(component.name()) && old.template() != null).findFirst()
                .map(old -> new DossierComponent(component.name(), component.required(), component.originals(),
                        component.copies(), old.template(), old.templateName(), component.replacedByEForm()))
                .orElse(component)).toList();
        return withComponents(content, components);
    }

    private UUID agencyByCode(String identifierCode, String field, List<Violation> found) {
        if (identifierCode == null || identifierCode.isBlank()) {
            found.add(new Violation(field, CatalogError.CAT_UNKNOWN_AGENCY, ""));
            return null;
        }
        var agency = directory.agencyByIdentifierCode(identifierCode.strip().toUpperCase(Locale.ROOT));
        if (agency.isEmpty()) {
            found.add(new Violation(field, CatalogError.CAT_UNKNOWN_AGENCY, identifierCode));
            return null;
        }
        return agency.get().id().value();
    }

    private String identifierCode(UUID agencyId) {
        return directory.agency(new AgencyId(agencyId)).map(AgencySummary::identifierCode).orElse("");
    }

    /** Checks content against the rules and the reference data; throws with every problem found. */
    void validate(ProcedureContent content) {
        List<Violation> found = new ArrayList<>(ContentRules.check(content));
        found.addAll(referenceViolations(content, "", knownFieldCodes(), Set.copyOf(procedures.levelCodes())));
        if (!found.isEmpty()) {
            throw CatalogException.of(found);
        }
    }

    List<Violation> referenceViolations(ProcedureContent content, String prefix, Set<String> fieldCodes,
                                        Set<String> levelCodes) {
        var found = new ArrayList<Violation>();
        if (content.fieldCode() != null && !content.fieldCode().isBlank() && !fieldCodes.contains(content.fieldCode())) {
            found.add(new Violation(prefix + "fieldCode", CatalogError.CAT_UNKNOWN_FIELD, content.fieldCode()));
        }
        if (content.levelCode() != null && !content.levelCode().isBlank() && !levelCodes.contains(content.levelCode())) {
            found.add(new Violation(prefix + "levelCode", CatalogError.CAT_UNKNOWN_LEVEL, content.levelCode()));
        }
        for (UUID agency : content.competentAgencies()) {
            if (directory.agency(new AgencyId(agency)).isEmpty()) {
                found.add(new Violation(prefix + "competentAgencies", CatalogError.CAT_UNKNOWN_AGENCY, agency));
            }
        }
        for (UUID agency : content.receivingCentres()) {
            if (directory.agency(new AgencyId(agency)).isEmpty()) {
                found.add(new Violation(prefix + "receivingCentres", CatalogError.CAT_UNKNOWN_AGENCY, agency));
            }
        }
        return found;
    }

    Set<String> knownFieldCodes() {
        return Set.copyOf(fields.findAll().stream().map(CatalogField::code).toList());
    }

    Set<String> knownLevelCodes() {
        return Set.copyOf(procedures.levelCodes());
    }

    ProcedureCodeRule codeRule() {
        return codeRule;
    }

    /** The scope of the catalogue editor; someone with none may not open the administration at all. */
    AgencyScope editorScope() {
        AgencyScope scope = access.scopeFor(OrganizationPermission.MANAGE_AGENCIES);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("the catalogue is edited by administrators");
        }
        return scope;
    }

    private Procedure editable(String code) {
        var procedure = procedures.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new CatalogException(CatalogError.CAT_UNKNOWN_PROCEDURE, code));
        editorScope().require(new AgencyId(procedure.managingAgencyId()));
        return procedure;
    }

    private void requireManagingAgency(UUID agencyId) {
        if (agencyId == null || directory.agency(new AgencyId(agencyId)).isEmpty()) {
            throw new CatalogException(CatalogError.CAT_UNKNOWN_AGENCY, agencyId);
        }
        editorScope().require(new AgencyId(agencyId));
    }

    String agencyName(UUID agencyId) {
        return directory.agency(new AgencyId(agencyId)).map(AgencySummary::name).orElse("—");
    }

    private java.time.Instant now() {
        return clock.instant();
    }

    static ProcedureContent withComponents(ProcedureContent c, List<DossierComponent> components) {
        return new ProcedureContent(c.name(), c.fieldCode(), c.levelCode(), c.applicants(), c.competentAuthority(),
                c.competentAgencies(), c.receivingCentres(), c.receivingPlaces(), c.steps(), c.conditions(),
                c.processingTime(), c.fees(), components, c.resultType(), c.electronicResult(), c.legalBasis(),
                c.onlineService(), c.legacyLevel());
    }

    /** The file's first bytes must fit its extension, so a renamed executable is not offered to citizens. */
    private static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, new byte[] {'%', 'P', 'D', 'F'});
            case "docx", "xlsx", "odt" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            case "doc", "xls" -> startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
