package vn.openprovince.document.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.internal.DocumentSearch;
import vn.openprovince.document.internal.FilePlanInput;
import vn.openprovince.document.internal.FiledDocumentKind;
import vn.openprovince.document.internal.RecordFileService;

/**
 * Hồ sơ pages: the year's file plan with the files due for transfer to the archive, a form to add
 * to the plan, and a file's page with its documents in order, a search to link documents, and the
 * open, close and export actions.
 */
@Controller
@RequestMapping("/documents/files")
class RecordFilePages {

    private final RecordFileService files;
    private final DocumentSearch search;
    private final MessageSource messages;

    RecordFilePages(RecordFileService files, DocumentSearch search, MessageSource messages) {
        this.files = files;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping
    String plan(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("files", files.list(shown));
        model.addAttribute("due", files.dueForTransfer());
        return "document/files";
    }

    @PostMapping
    String addToPlan(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String fileNotation,
                     @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String maintenance,
                     @RequestParam(defaultValue = "") String description, RedirectAttributes redirect, Locale locale) {
        try {
            var file = files.plan(new FilePlanInput(null, year, fileNotation, title, maintenance, null, null,
                    description, null, null));
            redirect.addFlashAttribute("flash", messages.getMessage("file.planned", new Object[] {file.fileCode()}, locale));
            return "redirect:/documents/files/" + file.id();
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", message(e, locale));
            return "redirect:/documents/files" + (year == null ? "" : "?year=" + year);
        }
    }

    @GetMapping("/{id}")
    String file(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        var file = files.get(id);
        model.addAttribute("file", file);
        model.addAttribute("mayWork", files.mayWork(id));
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("hits", search.search(q, 0, 20));
        }
        return "document/file";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "file.opened", () -> files.open(id));
    }

    @PostMapping("/{id}/documents")
    String attach(@PathVariable UUID id, @RequestParam FiledDocumentKind kind, @RequestParam UUID documentId,
                  RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "file.attached", () -> files.attach(id, kind, documentId));
    }

    @PostMapping("/{id}/documents/{linkId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "file.detached", () -> files.detach(id, linkId));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                 RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "file.closed", () -> files.close(id, endDate));
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        return DocumentsApi.download(files.export(id, format));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", message(e, locale));
        }
        return "redirect:/documents/files/" + id;
    }

    private String message(DocumentException e, Locale locale) {
        return messages.getMessage("error." + e.error().name(), new Object[] {""}, e.error().name(), locale);
    }
}
