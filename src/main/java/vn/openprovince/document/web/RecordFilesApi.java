package vn.openprovince.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.document.internal.FiledDocumentKind;
import vn.openprovince.document.internal.FilePlanInput;
import vn.openprovince.document.internal.RecordFileService;
import vn.openprovince.document.internal.RecordFileView;

/** Hồ sơ: the yearly file plan, opening files, linking documents, closing, archive-transfer dates, export. */
@RestController
@RequestMapping("/api/v1/documents/files")
@Tag(name = "Documents", description = "Văn bản đến, văn bản đi, xử lý văn bản")
class RecordFilesApi {

    private final RecordFileService files;

    RecordFilesApi(RecordFileService files) {
        this.files = files;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a file to the year's file plan (clerk or agency administrator): fileNotation, title, "
            + "maintenance (retention), optional rights, language, description, responsible department and official")
    RecordFileView plan(@RequestBody(required = false) FilePlanInput input) {
        return files.plan(input);
    }

    @GetMapping
    @Operation(summary = "The file plan of a year (default: this year) of the caller's agencies; "
            + "dueForTransfer=true lists the closed files due for transfer to the archive within 30 days instead")
    List<RecordFileView> list(@RequestParam(required = false) Integer year,
                              @RequestParam(defaultValue = "false") boolean dueForTransfer) {
        return dueForTransfer ? files.dueForTransfer() : files.list(year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file with the documents the caller may see, in DocOrdinal (chronological) order")
    RecordFileView file(@PathVariable UUID id) {
        return files.get(id);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a planned file (the responsible official or department, the clerk, a leader)")
    RecordFileView open(@PathVariable UUID id) {
        return files.open(id);
    }

    record AttachInput(FiledDocumentKind kind, UUID documentId) {
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Link an incoming or an issued outgoing document of the file's agency into the open file; "
            + "the document is not copied and may be in several files; DocOrdinal follows the documents' dates")
    RecordFileView attach(@PathVariable UUID id, @RequestBody(required = false) AttachInput input) {
        return files.attach(id, input == null ? null : input.kind(), input == null ? null : input.documentId());
    }

    @DeleteMapping("/{id}/documents/{linkId}")
    @Operation(summary = "Remove a document from the open file (audited); the document itself is unchanged")
    RecordFileView detach(@PathVariable UUID id, @PathVariable UUID linkId) {
        return files.detach(id, linkId);
    }

    record CloseInput(LocalDate endDate) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the file: EndDate (today by default) and the archive-transfer due date a year later")
    RecordFileView close(@PathVariable UUID id, @RequestBody(required = false) CloseInput input) {
        return files.close(id, input == null ? null : input.endDate());
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Export the file: format=xml (Appendix VI fields, documents by DocOrdinal) or format=pdf "
            + "(an index page, then the documents' PDFs in chronological order); audited")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        return DocumentsApi.download(files.export(id, format));
    }
}
