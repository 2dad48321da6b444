package vn.openprovince.catalog.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException.Violation;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.Fee;
import vn.openprovince.catalog.FeeKind;
import vn.openprovince.catalog.FormTemplateId;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;
import vn.openprovince.organization.AgencyId;

/**
 * A procedure as typed: the edit page, the API body and an Excel row all fill this in as text, and
 * {@link #content(List)} turns it into checked content, reporting each bad value at its field. Rows of
 * components and fees left entirely blank are ignored, so a form can offer spare empty rows.
 */
public class ProcedureForm {

    private String code = "";
    private UUID managingAgencyId;
    private boolean codeVerified;
    private boolean sampleData;
    private String name = "";
    private String fieldCode = "";
    private String levelCode = "";
    private String applicants = "";
    private String competentAuthority = "";
    private List<UUID> competentAgencies = new ArrayList<>();
    private List<UUID> receivingCentres = new ArrayList<>();
    private String receivingPlaces = "";
    private String steps = "";
    private String conditions = "";
    private String timeAmount = "";
    private String timeUnit = ProcessingTimeUnit.WORKING_DAYS.name();
    private String cutoff = "";
    private String timeNote = "";
    private String resultType = "";
    private boolean electronicResult;
    private String legalBasis = "";
    private String onlineService = OnlineService.NONE.name();
    private String legacyLevel = "";
    private List<ComponentRow> components = new ArrayList<>();
    private List<FeeRow> fees = new ArrayList<>();

    /** One row of the components table. */
    public static class ComponentRow {
        private String name = "";
        private boolean required = true;
        private String originals = "";
        private String copies = "";
        private boolean replacedByEForm;
        private UUID templateId;
        private String templateName;

        public ComponentRow() {
        }

        ComponentRow(DossierComponent component) {
            name = component.name();
            required = component.required();
            originals = Integer.toString(component.originals());
            copies = Integer.toString(component.copies());
            replacedByEForm = component.replacedByEForm();
            templateId = component.template() == null ? null : component.template().value();
            templateName = component.templateName();
        }

        boolean blank() {
            return isBlank(name) && isBlank(originals) && isBlank(copies) && templateId == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getOriginals() { return originals; }
        public void setOriginals(String originals) { this.originals = originals; }
        public String getCopies() { return copies; }
        public void setCopies(String copies) { this.copies = copies; }
        public boolean isReplacedByEForm() { return replacedByEForm; }
        public void setReplacedByEForm(boolean replacedByEForm) { this.replacedByEForm = replacedByEForm; }
        public UUID getTemplateId() { return templateId; }
        public void setTemplateId(UUID templateId) { this.templateId = templateId; }
        public String getTemplateName() { return templateName; }
        public void setTemplateName(String templateName) { this.templateName = templateName; }
    }

    /** One row of the fees table. */
    public static class FeeRow {
        private String kind = FeeKind.LE_PHI.name();
        private String description = "";
        private String amount = "";

        public FeeRow() {
        }

        FeeRow(Fee fee) {
            kind = fee.kind().name();
            description = fee.description();
            amount = Long.toString(fee.amount());
        }

        boolean blank() {
            return isBlank(description) && isBlank(amount);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
    }

    public ProcedureForm() {
    }

    /** A form filled in from a version, to edit it into the next draft. */
    public static ProcedureForm of(ProcedureAdminView procedure) {
        var form = of(procedure.editable());
        form.code = procedure.code();
        form.managingAgencyId = procedure.managingAgencyId();
        form.codeVerified = procedure.codeVerified();
        form.sampleData = procedure.sampleData();
        return form;
    }

    static ProcedureForm of(ProcedureVersionDetails version) {
        var form = new ProcedureForm();
        form.code = version.code();
        form.managingAgencyId = version.managingAgency().value();
        form.codeVerified = version.codeVerified();
        form.sampleData = version.sampleData();
        form.name = version.name();
        form.fieldCode = version.fieldCode();
        form.levelCode = version.level();
        form.applicants = version.applicants();
        form.competentAuthority = version.competentAuthority();
        form.competentAgencies = new ArrayList<>(version.competentAgencies().stream().map(AgencyId::value).toList());
        form.receivingCentres = new ArrayList<>(version.receivingCentres().stream().map(AgencyId::value).toList());
        form.receivingPlaces = nullToEmpty(version.receivingPlaces());
        form.steps = nullToEmpty(version.steps());
        form.conditions = nullToEmpty(version.conditions());
        form.timeAmount = Integer.toString(version.processingTime().amount());
        form.timeUnit = version.processingTime().unit().name();
        form.cutoff = version.processingTime().cutoff() == null ? "" : version.processingTime().cutoff().toString();
        form.timeNote = nullToEmpty(version.processingTime().note());
        form.resultType = version.resultType();
        form.electronicResult = version.electronicResult();
        form.legalBasis = version.legalBasis();
        form.onlineService = version.onlineService().name();
        form.legacyLevel = version.legacyLevel() == null ? "" : version.legacyLevel().toString();
        version.components().forEach(component -> form.components.add(new ComponentRow(component)));
        version.fees().forEach(fee -> form.fees.add(new FeeRow(fee)));
        return form;
    }

    /** Adds empty rows so the page has room for new components and fees. */
    public ProcedureForm withSpareRows(int count) {
        for (int i = 0; i < count; i++) {
            components.add(new ComponentRow());
            fees.add(new FeeRow());
        }
        return this;
    }

    /** The checked content; problems of parsing and of the rules are added to {@code found}. */
    public ProcedureContent content(List<Violation> found) {
        int before = found.size();
        Integer amount = number(found, "timeAmount", timeAmount, CatalogError.CAT_INVALID_TIME);
        ProcessingTimeUnit unit = parse(found, "timeUnit", timeUnit, ProcessingTimeUnit.class, CatalogError.CAT_INVALID_TIME_UNIT);
        LocalTime cutoffTime = null;
        if (!isBlank(cutoff)) {
            try {
                cutoffTime = LocalTime.parse(cutoff.strip().length() == 4 ? "0" + cutoff.strip() : cutoff.strip());
            } catch (DateTimeParseException e) {
                found.add(new Violation("cutoff", CatalogError.CAT_INVALID_CUTOFF, cutoff));
            }
        }
        OnlineService online = isBlank(onlineService) ? null : parse(found, "onlineService", onlineService,
                OnlineService.class, CatalogError.CAT_INVALID_ONLINE_SERVICE);
        Integer legacy = isBlank(legacyLevel) ? null
                : number(found, "legacyLevel", legacyLevel, CatalogError.CAT_INVALID_LEGACY_LEVEL);
        if (isBlank(onlineService)) {
            // Old data may give only the legacy level 1–4; it maps to the current classification.
            online = legacy != null && legacy >= 1 && legacy <= 4 ? OnlineService.fromLegacyLevel(legacy) : OnlineService.NONE;
        }
        var componentList = new ArrayList<DossierComponent>();
        for (int i = 0; i < components.size(); i++) {
            var row = components.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "components[" + i + "].";
            Integer originals = isBlank(row.originals) ? Integer.valueOf(0)
                    : number(found, prefix + "originals", row.originals, CatalogError.CAT_INVALID_COUNT);
            Integer copies = isBlank(row.copies) ? Integer.valueOf(0)
                    : number(found, prefix + "copies", row.copies, CatalogError.CAT_INVALID_COUNT);
            var component = new DossierComponent(nullToEmpty(row.name), row.required,
                    originals == null ? 0 : originals, copies == null ? 0 : copies,
                    row.templateId == null ? null : new FormTemplateId(row.templateId),
                    row.templateId == null ? null : row.templateName, row.replacedByEForm);
            ContentRules.checkComponent(found, prefix, component);
            componentList.add(component);
        }
        var feeList = new ArrayList<Fee>();
        for (int i = 0; i < fees.size(); i++) {
            var row = fees.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "fees[" + i + "].";
            FeeKind kind = parse(found, prefix + "kind", row.kind, FeeKind.class, CatalogError.CAT_INVALID_FEE_KIND);
            Long value = money(found, prefix + "amount", row.amount);
            var fee = new Fee(kind, nullToEmpty(row.description), value == null ? 0 : value);
            if (value != null) {
                ContentRules.checkFee(found, prefix, fee);
            }
            feeList.add(fee);
        }
        var content = new ProcedureContent(nullToEmpty(name), blankToNull(fieldCode), blankToNull(levelCode),
                nullToEmpty(applicants), nullToEmpty(competentAuthority), competentAgencies, receivingCentres,
                receivingPlaces, steps, conditions,
                amount == null || amount < 0 || unit == null ? null
                        : new ProcessingTime(amount, unit, cutoffTime, blankToNull(timeNote)),
                feeList, componentList, nullToEmpty(resultType), electronicResult, nullToEmpty(legalBasis),
                online, legacy);
        // Rows were checked above under their row numbers; the rules add the rest. One problem per field:
        // what could not be read is reported, not the rule it then fails.
        ContentRules.check(content).stream()
                .filter(violation -> !violation.field().startsWith("components[") && !violation.field().startsWith("fees["))
                .forEach(found::add);
        var seen = new java.util.HashSet<String>();
        var mine = new ArrayList<>(found.subList(before, found.size()));
        found.subList(before, found.size()).clear();
        mine.stream().filter(violation -> seen.add(violation.field())).forEach(found::add);
        return content;
    }

    /** "1.250.000", "1250000" and "1 250 000 đ" all mean the same amount. */
    private static Long money(List<Violation> found, String field, String text) {
        String digits = text == null ? "" : text.replaceAll("[.\\s,đ]|VND|vnd|đồng", "");
        if (digits.isEmpty()) {
            return 0L;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            found.add(new Violation(field, CatalogError.CAT_INVALID_AMOUNT, text));
            return null;
        }
    }

    private static Integer number(List<Violation> found, String field, String text, CatalogError error) {
        try {
            String value = text == null ? "" : text.strip();
            if (value.endsWith(".0")) {
                value = value.substring(0, value.length() - 2);
            }
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                found.add(new Violation(field, error, text));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            found.add(new Violation(field, error, text == null ? "" : text));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(List<Violation> found, String field, String text, Class<E> type,
                                               CatalogError error) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            found.add(new Violation(field, error, text == null ? "" : text));
            return null;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public UUID getManagingAgencyId() { return managingAgencyId; }
    public void setManagingAgencyId(UUID managingAgencyId) { this.managingAgencyId = managingAgencyId; }
    public boolean isCodeVerified() { return codeVerified; }
    public void setCodeVerified(boolean codeVerified) { this.codeVerified = codeVerified; }
    public boolean isSampleData() { return sampleData; }
    public void setSampleData(boolean sampleData) { this.sampleData = sampleData; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public String getApplicants() { return applicants; }
    public void setApplicants(String applicants) { this.applicants = applicants; }
    public String getCompetentAuthority() { return competentAuthority; }
    public void setCompetentAuthority(String competentAuthority) { this.competentAuthority = competentAuthority; }
    public List<UUID> getCompetentAgencies() { return competentAgencies; }
    public void setCompetentAgencies(List<UUID> competentAgencies) { this.competentAgencies = listOrEmpty(competentAgencies); }
    public List<UUID> getReceivingCentres() { return receivingCentres; }
    public void setReceivingCentres(List<UUID> receivingCentres) { this.receivingCentres = listOrEmpty(receivingCentres); }
    public String getReceivingPlaces() { return receivingPlaces; }
    public void setReceivingPlaces(String receivingPlaces) { this.receivingPlaces = receivingPlaces; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getTimeAmount() { return timeAmount; }
    public void setTimeAmount(String timeAmount) { this.timeAmount = timeAmount; }
    public String getTimeUnit() { return timeUnit; }
    public void setTimeUnit(String timeUnit) { this.timeUnit = timeUnit; }
    public String getCutoff() { return cutoff; }
    public void setCutoff(String cutoff) { this.cutoff = cutoff; }
    public String getTimeNote() { return timeNote; }
    public void setTimeNote(String timeNote) { this.timeNote = timeNote; }
    public String getResultType() { return resultType; }
    public void setResultType(String resultType) { this.resultType = resultType; }
    public boolean isElectronicResult() { return electronicResult; }
    public void setElectronicResult(boolean electronicResult) { this.electronicResult = electronicResult; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getOnlineService() { return onlineService; }
    public void setOnlineService(String onlineService) { this.onlineService = onlineService; }
    public String getLegacyLevel() { return legacyLevel; }
    public void setLegacyLevel(String legacyLevel) { this.legacyLevel = legacyLevel; }
    public List<ComponentRow> getComponents() { return components; }
    public void setComponents(List<ComponentRow> components) { this.components = listOrEmpty(components); }
    public List<FeeRow> getFees() { return fees; }
    public void setFees(List<FeeRow> fees) { this.fees = listOrEmpty(fees); }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
