package vn.openprovince.portal.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.openprovince.catalog.FormTemplate;
import vn.openprovince.catalog.FormTemplateId;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureField;
import vn.openprovince.catalog.ProcedureQuery;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.Vnd;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/** The public portal: home with search and browsing, search results, procedure pages, form downloads. */
@Controller
@RequestMapping(PortalPages.BASE)
class PortalPages {

    static final String BASE = "/cong-dich-vu-cong";
    private static final int PAGE_SIZE = 20;
    private static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE");

    private final ProcedureCatalog catalog;
    private final OrganizationDirectory directory;

    PortalPages(ProcedureCatalog catalog, OrganizationDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    @GetMapping
    String home(Model model) {
        Map<String, Long> byField = catalog.publishedCountByField();
        model.addAttribute("fields", catalog.fields().stream().filter(f -> byField.containsKey(f.code())).toList());
        model.addAttribute("fieldCounts", byField);
        model.addAttribute("levelCounts", catalog.publishedCountByLevel());
        model.addAttribute("levels", LEVELS);
        Map<AgencyId, Long> byAgency = catalog.publishedCountByManagingAgency();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        model.addAttribute("agencies", byAgency.keySet().stream().map(directory::agency).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(AgencySummary::name, collator)).toList());
        model.addAttribute("agencyCounts", byAgency.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue)));
        return "portal/home";
    }

    @GetMapping("/tim-kiem")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String level,
                  @RequestParam(defaultValue = "") String field, @RequestParam(required = false) UUID agency,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        var results = catalog.search(new ProcedureQuery(q, blankToNull(level), blankToNull(field),
                agency == null ? null : new AgencyId(agency)), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("field", field);
        model.addAttribute("agency", agency);
        model.addAttribute("agencyName", agency == null ? null
                : directory.agency(new AgencyId(agency)).map(AgencySummary::name).orElse(null));
        model.addAttribute("results", results);
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("fieldNames", catalog.fields().stream()
                .collect(Collectors.toMap(ProcedureField::code, Function.identity())));
        model.addAttribute("levels", LEVELS);
        return "portal/search";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        var procedure = published(code);
        Map<UUID, String> names = new HashMap<>();
        procedure.receivingCentres().forEach(id -> names.put(id.value(), agencyName(id)));
        procedure.competentAgencies().forEach(id -> names.put(id.value(), agencyName(id)));
        names.put(procedure.managingAgency().value(), agencyName(procedure.managingAgency()));
        model.addAttribute("p", procedure);
        model.addAttribute("agencyNames", names);
        // At a glance: the range of what a case costs; the table below gives each case.
        var amounts = procedure.fees().stream().mapToLong(vn.openprovince.catalog.Fee::amount).sorted().toArray();
        model.addAttribute("feeMin", amounts.length == 0 || amounts[0] == 0 ? null : Vnd.format(amounts[0]));
        model.addAttribute("feeMax", amounts.length == 0 || amounts[amounts.length - 1] == 0 ? null
                : Vnd.format(amounts[amounts.length - 1]));
        model.addAttribute("fieldNames", catalog.fields().stream()
                .collect(Collectors.toMap(ProcedureField::code, Function.identity())));
        return "portal/procedure";
    }

    @GetMapping("/bieu-mau/{id}")
    ResponseEntity<byte[]> formTemplate(@PathVariable UUID id) {
        FormTemplate template = catalog.publishedFormTemplate(new FormTemplateId(id))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(template.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(template.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(template.content());
    }

    private ProcedureVersionDetails published(String code) {
        return catalog.currentVersion(code).orElseThrow(() -> new UnknownProcedure(code));
    }

    /** A citizen who followed an old link gets the portal's own page, with the search box, not the staff one. */
    @org.springframework.web.bind.annotation.ExceptionHandler(UnknownProcedure.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    String unknownProcedure(UnknownProcedure unknown, Model model) {
        model.addAttribute("code", unknown.code);
        return "portal/not-found";
    }

    private static final class UnknownProcedure extends RuntimeException {
        private final String code;

        UnknownProcedure(String code) {
            super("no published procedure " + code, null, false, false);
            this.code = code;
        }
    }

    private String agencyName(AgencyId id) {
        return directory.agency(id).map(AgencySummary::name).orElse("—");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
