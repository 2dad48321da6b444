package vn.openprovince.catalog.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.catalog.FormTemplate;
import vn.openprovince.catalog.FormTemplateId;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureField;
import vn.openprovince.catalog.ProcedureId;
import vn.openprovince.catalog.ProcedureQuery;
import vn.openprovince.catalog.ProcedureSummary;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.organization.AgencyId;

/** The published catalogue, as other modules and the public read it. */
@Service
@Transactional(readOnly = true)
class JpaProcedureCatalog implements ProcedureCatalog {

    static final int MAX_PAGE_SIZE = 100;

    private final Procedures procedures;
    private final ProcedureVersions versions;
    private final CatalogFields fields;
    private final FormTemplateFiles templates;
    private final EFormFieldDefinitions eForms;

    JpaProcedureCatalog(Procedures procedures, ProcedureVersions versions, CatalogFields fields,
                        FormTemplateFiles templates, EFormFieldDefinitions eForms) {
        this.procedures = procedures;
        this.versions = versions;
        this.fields = fields;
        this.templates = templates;
        this.eForms = eForms;
    }

    @Override
    public List<vn.openprovince.catalog.EFormField> eForm(String procedureCode) {
        return eForms.findByProcedureCodeOrderBySeq(procedureCode).stream().map(EFormFieldDefinition::view).toList();
    }

    @Override
    public Page<ProcedureSummary> search(ProcedureQuery query, Pageable page) {
        var found = procedures.findAll(ProcedureSearch.matching(query.text(), query.level(), query.field(),
                query.agency() == null ? null : query.agency().value(), true, null), capped(page));
        Map<UUID, ProcedureVersion> current = versions.findAllById(found.map(Procedure::currentVersionId).toList())
                .stream().collect(Collectors.toMap(ProcedureVersion::id, Function.identity()));
        Map<String, String> fieldNames = fieldNames();
        return found.map(procedure -> new ProcedureSummary(new ProcedureId(procedure.id()),
                new ProcedureVersionId(procedure.currentVersionId()), procedure.code(), procedure.name(),
                procedure.fieldCode(), fieldNames.get(procedure.fieldCode()), procedure.levelCode(),
                new AgencyId(procedure.managingAgencyId()), procedure.onlineService(),
                current.get(procedure.currentVersionId()).processingTime(), procedure.sampleData()));
    }

    @Override
    public Optional<ProcedureVersionDetails> currentVersion(String code) {
        return procedures.findByCode(code.strip().toUpperCase(Locale.ROOT)).flatMap(Procedure::current)
                .map(version -> version.details(fieldName(version.fieldCode())));
    }

    @Override
    public Optional<ProcedureVersionDetails> version(ProcedureVersionId id) {
        return versions.findById(id.value()).map(version -> version.details(fieldName(version.fieldCode())));
    }

    /** One field's name (a submission needs one, not the whole list of fields). */
    private String fieldName(String code) {
        return code == null ? null : fields.findById(code).map(CatalogField::name).orElse(null);
    }

    @Override
    public List<ProcedureField> fields() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return fields.findAll().stream().map(CatalogField::field)
                .sorted(Comparator.comparing(ProcedureField::name, collator)).toList();
    }

    @Override
    public Map<String, Long> publishedCountByField() {
        return counts(procedures.publishedCountByField(), key -> (String) key);
    }

    @Override
    public Map<String, Long> publishedCountByLevel() {
        return counts(procedures.publishedCountByLevel(), key -> (String) key);
    }

    @Override
    public Map<AgencyId, Long> publishedCountByManagingAgency() {
        return counts(procedures.publishedCountByManagingAgency(), key -> new AgencyId((UUID) key));
    }

    @Override
    public Optional<FormTemplate> publishedFormTemplate(FormTemplateId id) {
        if (versions.countPublishedUsesOfTemplate(id.value()) == 0) {
            return Optional.empty();
        }
        return templates.findById(id.value()).map(FormTemplateFile::template);
    }

    Map<String, String> fieldNames() {
        return fields.findAll().stream().collect(Collectors.toMap(CatalogField::code, CatalogField::name));
    }

    static Pageable capped(Pageable page) {
        return PageRequest.of(Math.max(page.getPageNumber(), 0), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE_SIZE));
    }

    private static <K> Map<K, Long> counts(List<Object[]> rows, Function<Object, K> key) {
        var counts = new HashMap<K, Long>();
        rows.forEach(row -> counts.put(key.apply(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
