package vn.openprovince.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.internal.CatalogService;
import vn.openprovince.catalog.internal.ImportReport;
import vn.openprovince.catalog.internal.ProcedureForm;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;

/** Catalogue administration: list, register, edit drafts, publish, form templates, Excel import and export. */
@Controller
@RequestMapping("/admin/procedures")
class CatalogPages {

    private static final int PAGE_SIZE = 20;
    private static final int SPARE_ROWS = 3;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogService catalogue;
    private final ProcedureCatalog catalog;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    CatalogPages(CatalogService catalogue, ProcedureCatalog catalog, OrganizationDirectory directory,
                 MessageSource messages) {
        this.catalogue = catalogue;
        this.catalog = catalog;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String procedures(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("procedures", catalogue.procedures(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "catalog/procedures";
    }

    @GetMapping("/new")
    String newProcedure(Model model) {
        var form = new ProcedureForm().withSpareRows(SPARE_ROWS);
        model.addAttribute("procedure", form);
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("procedure") ProcedureForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        try {
            String code = catalogue.create(form);
            redirect.addFlashAttribute("flash", messages.getMessage("procedure.created", null, locale));
            return "redirect:/admin/procedures/" + code;
        } catch (CatalogException rejected) {
            show(rejected, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{code}")
    String procedure(@PathVariable String code, Model model) {
        var procedure = catalogue.procedure(code);
        model.addAttribute("procedure", procedure);
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        return "catalog/procedure";
    }

    @GetMapping("/{code}/draft")
    String editDraft(@PathVariable String code, Model model) {
        model.addAttribute("procedure", ProcedureForm.of(catalogue.procedure(code)).withSpareRows(SPARE_ROWS));
        return form(model, code);
    }

    @PostMapping("/{code}/draft")
    String saveDraft(@PathVariable String code, @ModelAttribute("procedure") ProcedureForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect, Locale locale) {
        try {
            catalogue.saveDraft(code, form);
            redirect.addFlashAttribute("flash", messages.getMessage("procedure.draftSaved", null, locale));
            return "redirect:/admin/procedures/" + code;
        } catch (CatalogException rejected) {
            show(rejected, errors);
            return form(model, code);
        }
    }

    @PostMapping("/{code}/publication")
    String publish(@PathVariable String code, @RequestParam(defaultValue = "") String effectiveFrom,
                   RedirectAttributes redirect, Locale locale) {
        try {
            catalogue.publish(code, effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom));
            redirect.addFlashAttribute("flash", messages.getMessage("procedure.published", null, locale));
        } catch (CatalogException rejected) {
            redirect.addFlashAttribute("failure", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", messages.getMessage("error.CAT_INVALID_EFFECTIVE_DATE",
                    new Object[] {effectiveFrom}, locale));
        }
        return "redirect:/admin/procedures/" + code;
    }

    @PostMapping("/{code}/components/{index}/template")
    String attachTemplate(@PathVariable String code, @PathVariable int index, @RequestParam("file") MultipartFile file,
                          RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            catalogue.attachTemplate(code, index, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", messages.getMessage("procedure.templateAttached", null, locale));
        } catch (CatalogException rejected) {
            redirect.addFlashAttribute("failure", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
        }
        return "redirect:/admin/procedures/" + code;
    }

    @GetMapping("/templates/{id}")
    ResponseEntity<byte[]> template(@PathVariable UUID id) {
        var template = catalogue.template(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(template.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(template.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(template.content());
    }

    @GetMapping("/import")
    String importPage() {
        return "catalog/import";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(value = "file", required = false) MultipartFile file,
                          @RequestParam(defaultValue = "false") boolean publish, Model model, Locale locale)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new CatalogException(CatalogError.CAT_IMPORT_UNREADABLE);
            }
            ImportReport report = catalogue.importWorkbook(file.getInputStream(), publish);
            model.addAttribute("report", report);
            model.addAttribute("errorMessages", report.errors().stream()
                    .map(e -> messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale)).toList());
            if (!report.imported()) {
                model.addAttribute("failure", messages.getMessage("error.CAT_IMPORT_INVALID",
                        new Object[] {report.errors().size()}, locale));
            }
        } catch (CatalogException rejected) {
            model.addAttribute("failure", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
        }
        return "catalog/import";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export() {
        return workbook(catalogue.exportWorkbook(), "danh-muc-thu-tuc.xlsx");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> workbookTemplate() {
        return workbook(catalogue.workbookTemplate(), "mau-nhap-thu-tuc.xlsx");
    }

    private static ResponseEntity<byte[]> workbook(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    private String form(Model model, String code) {
        model.addAttribute("code", code);
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", List.of("PROVINCE", "DISTRICT", "COMMUNE"));
        model.addAttribute("managingAgencies", catalogue.managingAgencies());
        // Any agency of the province may be competent or receive dossiers (DOMAIN §3.2), not only those in scope.
        model.addAttribute("allAgencies", directory.agencies(AgencyScope.ALL));
        return "catalog/procedure-form";
    }

    /** Every problem goes next to its field (rows of components and fees included), or above the form. */
    private static void show(CatalogException rejected, BindingResult errors) {
        for (var violation : rejected.violations()) {
            String messageCode = "error." + violation.error().name();
            String field = violation.field();
            boolean known;
            try {
                known = errors.getFieldType(field) != null;
            } catch (RuntimeException e) {
                known = false;
            }
            if (known) {
                errors.rejectValue(field, messageCode, violation.arguments(), messageCode);
            } else {
                errors.reject(messageCode, violation.arguments(), messageCode);
            }
        }
    }
}
