package vn.openprovince.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureQuery;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.internal.CatalogService;
import vn.openprovince.catalog.internal.ProcedureAdminView;
import vn.openprovince.catalog.internal.ProcedureForm;
import vn.openprovince.organization.AgencyId;

/**
 * The procedure catalogue: public look-ups (no sign-in, rate-limited) and, for administrators,
 * registering procedures, writing drafts and publishing them.
 */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "Danh mục thủ tục hành chính")
class ProceduresApi {

    private final ProcedureCatalog catalog;
    private final CatalogService service;

    ProceduresApi(ProcedureCatalog catalog, CatalogService service) {
        this.catalog = catalog;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Published procedures (public). q: words of the name or code, diacritics ignored, all required; "
            + "level: PROVINCE, DISTRICT or COMMUNE; field: a field code; page from 0, size up to 100")
    ProcedurePage procedures(@RequestParam(defaultValue = "") String q,
                             @RequestParam(required = false) String level,
                             @RequestParam(required = false) String field,
                             @Parameter(description = "managing agency id") @RequestParam(required = false) UUID agency,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ProcedurePage.of(catalog.search(new ProcedureQuery(q, level, field,
                agency == null ? null : new AgencyId(agency)), PageRequest.of(Math.max(page, 0), Math.max(size, 1))));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The version in force of a procedure (public): components, fees, processing time, "
            + "online classification, sample-data flag; 404 problem detail when unknown or unpublished")
    ProcedureVersionDetails procedure(@PathVariable String code) {
        return catalog.currentVersion(code)
                .orElseThrow(() -> new CatalogException(CatalogError.CAT_UNKNOWN_PROCEDURE, code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a procedure with its first version as a draft (administrators of the managing agency)")
    ProcedureAdminView create(@RequestBody ProcedureForm input) {
        return service.procedure(service.create(input));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "A procedure for administrators: current version, draft and version history")
    ProcedureAdminView versions(@PathVariable String code) {
        return service.procedure(code);
    }

    @PutMapping("/{code}/draft")
    @Operation(summary = "Write the draft version (a published version never changes; this opens the next one)")
    ProcedureAdminView saveDraft(@PathVariable String code, @RequestBody ProcedureForm input) {
        service.saveDraft(code, input);
        return service.procedure(code);
    }

    @PostMapping("/{code}/publication")
    @Operation(summary = "Publish the draft from effectiveFrom (default today, never in the future); "
            + "the previous version ends the day before")
    ProcedureAdminView publish(@PathVariable String code, @RequestBody(required = false) Map<String, String> body) {
        String from = body == null ? null : body.get("effectiveFrom");
        LocalDate effectiveFrom;
        try {
            effectiveFrom = from == null || from.isBlank() ? null : LocalDate.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CatalogException(CatalogError.CAT_INVALID_EFFECTIVE_DATE, from);
        }
        service.publish(code, effectiveFrom);
        return service.procedure(code);
    }
}
