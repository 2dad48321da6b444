package vn.openprovince.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.openprovince.organization.AgencyId;

/** Read access to the procedure catalogue for other modules (portal, dossier) and the public API. */
public interface ProcedureCatalog {

    /** Published procedures matching the query, by name; page size capped at 100. */
    Page<ProcedureSummary> search(ProcedureQuery query, Pageable page);

    /** The version in force of a published procedure, by its code. */
    Optional<ProcedureVersionDetails> currentVersion(String code);

    /** Any version by id, including superseded ones: a dossier reads the version it was submitted under. */
    Optional<ProcedureVersionDetails> version(ProcedureVersionId id);

    /** Every field (lĩnh vực), by name. */
    List<ProcedureField> fields();

    /** How many published procedures each field has, by field code; fields without any are left out. */
    java.util.Map<String, Long> publishedCountByField();

    /** How many published procedures each level has, by level code. */
    java.util.Map<String, Long> publishedCountByLevel();

    /** The agencies managing at least one published procedure, with how many. */
    java.util.Map<AgencyId, Long> publishedCountByManagingAgency();

    /**
     * The e-form (tờ khai điện tử) of a procedure, in order; empty when it has none. Defined per procedure
     * code for now, not per version: a new version keeps the form until an e-form editor exists.
     */
    List<EFormField> eForm(String procedureCode);

    /** A form template file, if a published version offers it for download. */
    Optional<FormTemplate> publishedFormTemplate(FormTemplateId id);
}
