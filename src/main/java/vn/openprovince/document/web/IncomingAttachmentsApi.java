package vn.openprovince.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.document.internal.AttachmentView;
import vn.openprovince.document.internal.IncomingAttachmentService;

/** Phụ lục of an incoming document: further PDF files beyond the main one. */
@RestController
@RequestMapping("/api/v1/documents/incoming/{id}/attachments")
@Tag(name = "Documents", description = "Văn bản đến, văn bản đi, xử lý văn bản")
class IncomingAttachmentsApi {

    private final IncomingAttachmentService attachments;

    IncomingAttachmentsApi(IncomingAttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an annex (clerk of the receiving agency): a PDF checked like the main file (audited)")
    AttachmentView add(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return attachments.add(id, file == null ? null : file.getOriginalFilename(), DocumentsApi.bytes(file));
    }

    @GetMapping
    @Operation(summary = "The annexes of an incoming document the caller may see, in the order they were added")
    List<AttachmentView> list(@PathVariable UUID id) {
        return attachments.list(id);
    }

    @GetMapping("/{attachmentId}/file")
    @Operation(summary = "Download an annex (audited)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return DocumentsApi.download(attachments.download(id, attachmentId));
    }
}
