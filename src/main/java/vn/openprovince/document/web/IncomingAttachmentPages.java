package vn.openprovince.document.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.internal.IncomingAttachmentService;

/** Adding and downloading the annexes of an incoming document from its page. */
@Controller
@RequestMapping("/documents/incoming/{id}/attachments")
class IncomingAttachmentPages {

    private final IncomingAttachmentService attachments;
    private final MessageSource messages;

    IncomingAttachmentPages(IncomingAttachmentService attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping
    String add(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect,
               Locale locale) {
        try {
            var added = attachments.add(id, file == null ? null : file.getOriginalFilename(), DocumentPages.bytes(file));
            redirect.addFlashAttribute("flash", messages.getMessage("attachment.added",
                    new Object[] {added.ordinal(), added.fileName()}, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(),
                    e.getDetailMessageArguments(), e.error().name(), locale));
        }
        return "redirect:/documents/incoming/" + id;
    }

    @GetMapping("/{attachmentId}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return DocumentsApi.download(attachments.download(id, attachmentId));
    }
}
