package vn.openprovince.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.organization.AgencyGroup;
import vn.openprovince.document.internal.AssignmentInput;
import vn.openprovince.document.internal.CompletionInput;
import vn.openprovince.document.internal.DirectionInput;
import vn.openprovince.document.internal.DocumentPage;
import vn.openprovince.document.internal.DocumentSearch;
import vn.openprovince.document.internal.FileDownload;
import vn.openprovince.document.internal.Inbox;
import vn.openprovince.document.internal.InboxItem;
import vn.openprovince.document.internal.IncomingRegistration;
import vn.openprovince.document.internal.IncomingService;
import vn.openprovince.document.internal.IncomingStatus;
import vn.openprovince.document.internal.IncomingView;
import vn.openprovince.document.internal.IssueInput;
import vn.openprovince.document.internal.IssuedNumber;
import vn.openprovince.document.internal.Metadata;
import vn.openprovince.document.internal.OutgoingDraft;
import vn.openprovince.document.internal.OutgoingService;
import vn.openprovince.document.internal.OutgoingStatus;
import vn.openprovince.document.internal.OutgoingView;
import vn.openprovince.document.internal.ProcessingReport;
import vn.openprovince.document.internal.ProcessingReportExports;
import vn.openprovince.document.internal.ProcessingReportService;
import vn.openprovince.document.internal.Register;
import vn.openprovince.document.internal.RegisterExports;
import vn.openprovince.document.internal.RegisterKind;
import vn.openprovince.document.internal.RegisterService;
import vn.openprovince.document.internal.ReviewInput;
import vn.openprovince.document.internal.SearchHit;
import vn.openprovince.document.internal.SubmitInput;
import vn.openprovince.document.Urgency;

/** Văn bản đến và đi: registration, direction, processing, drafting, review, signing, issue and search. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Văn bản đến, văn bản đi, xử lý văn bản")
class DocumentsApi {

    private final IncomingService incoming;
    private final OutgoingService outgoing;
    private final DocumentSearch search;
    private final Inbox inbox;
    private final Metadata metadata;
    private final RegisterService registers;
    private final RegisterExports exports;
    private final ProcessingReportService reports;
    private final ProcessingReportExports reportExports;

    DocumentsApi(IncomingService incoming, OutgoingService outgoing, DocumentSearch search, Inbox inbox,
                 Metadata metadata, RegisterService registers, RegisterExports exports,
                 ProcessingReportService reports, ProcessingReportExports reportExports) {
        this.reports = reports;
        this.reportExports = reportExports;
        this.registers = registers;
        this.exports = exports;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.search = search;
        this.inbox = inbox;
        this.metadata = metadata;
    }

    /** The multipart form of a registration, for the OpenAPI description. */
    record IncomingUpload(IncomingRegistration metadata, @Schema(type = "string", format = "binary") String file) {
    }

    /** The multipart form of a draft, for the OpenAPI description. */
    record OutgoingUpload(OutgoingDraft metadata, @Schema(type = "string", format = "binary") String file) {
    }

    @PostMapping(path = "/incoming", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an incoming document (clerk): the metadata part (JSON) and the PDF; "
            + "the system assigns the arrival number. A suspected duplicate is a 409 problem (DOC_DUPLICATE): "
            + "send again with duplicateReason to register it anyway.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = IncomingUpload.class))))
    IncomingView register(@RequestPart(name = "metadata", required = false) Part metadataPart,
                          @RequestPart(name = "file", required = false) MultipartFile file) {
        var registration = metadata.read(stream(metadataPart), IncomingRegistration.class);
        return incoming.register(registration, file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @PostMapping("/incoming/from-outgoing/{outgoingId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register (clerk of a recipient agency) a document issued on this platform to that agency")
    IncomingView receiveInternal(@PathVariable UUID outgoingId) {
        return incoming.receiveInternal(outgoingId);
    }

    @GetMapping("/incoming")
    @Operation(summary = "Incoming documents the caller may see, newest first; q matches metadata and PDF text "
            + "without regard to diacritics")
    DocumentPage<IncomingView> incoming(@RequestParam(defaultValue = "") String q,
                                        @RequestParam(required = false) IncomingStatus status,
                                        @RequestParam(required = false) Urgency urgency,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return incoming.list(new IncomingService.IncomingFilter(q, status, urgency, from, to), page, size);
    }

    @GetMapping("/incoming/{id}")
    @Operation(summary = "An incoming document with its processing tree (the view is audited)")
    IncomingView incomingDocument(@PathVariable UUID id) {
        return incoming.get(id);
    }

    @GetMapping("/incoming/{id}/file")
    @Operation(summary = "The registered PDF (the download is audited)")
    ResponseEntity<byte[]> incomingFile(@PathVariable UUID id) {
        return download(incoming.file(id));
    }

    @PostMapping("/incoming/{id}/direction")
    @Operation(summary = "Direct (leader): one lead unit, supporting units, units for information, each with a "
            + "deadline and an instruction; or forwardToLeaderId to pass it to another leader")
    IncomingView direct(@PathVariable UUID id, @RequestBody DirectionInput input) {
        return incoming.direct(id, input);
    }

    @PostMapping("/incoming/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign (department head) to an official of the department, with a deadline")
    IncomingView assign(@PathVariable UUID id, @RequestBody AssignmentInput input) {
        return incoming.assign(id, input);
    }

    record ProgressInput(String note) {
    }

    @PostMapping("/incoming/{id}/assignments/{stepId}/progress")
    @Operation(summary = "Record progress or a comment on one's assignment")
    IncomingView progress(@PathVariable UUID id, @PathVariable UUID stepId, @RequestBody ProgressInput input) {
        return incoming.recordProgress(id, stepId, input == null ? null : input.note());
    }

    @PostMapping("/incoming/{id}/assignments/{stepId}/complete")
    @Operation(summary = "Complete one's assignment, optionally naming the outgoing reply")
    IncomingView complete(@PathVariable UUID id, @PathVariable UUID stepId,
                          @RequestBody(required = false) CompletionInput input) {
        return incoming.complete(id, stepId, input);
    }

    @PostMapping(path = "/outgoing", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft an outgoing document: the metadata part (JSON) and a PDF or DOCX file",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = OutgoingUpload.class))))
    OutgoingView draft(@RequestPart(name = "metadata", required = false) Part metadataPart,
                       @RequestPart(name = "file", required = false) MultipartFile file) {
        var draft = metadata.read(stream(metadataPart), OutgoingDraft.class);
        return outgoing.draft(draft, file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @GetMapping("/outgoing")
    @Operation(summary = "Outgoing documents the caller may see, newest first")
    DocumentPage<OutgoingView> outgoing(@RequestParam(defaultValue = "") String q,
                                        @RequestParam(required = false) OutgoingStatus status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return outgoing.list(q, status, page, size);
    }

    @GetMapping("/outgoing/{id}")
    OutgoingView outgoingDocument(@PathVariable UUID id) {
        return outgoing.get(id);
    }

    @GetMapping("/outgoing/{id}/file")
    @Operation(summary = "The current file, or an earlier version (the download is audited)")
    ResponseEntity<byte[]> outgoingFile(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return download(outgoing.file(id, version));
    }

    @PostMapping(path = "/outgoing/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a new version of a draft (drafter, while it is a draft or returned)")
    OutgoingView addVersion(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return outgoing.addVersion(id, file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @PostMapping("/outgoing/{id}/submit")
    @Operation(summary = "Send for review along a chain of reviewers, in order (e.g. department head, then leader), "
            + "or all at once with parallel=true; the last reviewer named signs")
    OutgoingView submit(@PathVariable UUID id, @RequestBody SubmitInput input) {
        return outgoing.submit(id, input == null ? List.of() : input.reviewerIds(),
                input != null && Boolean.TRUE.equals(input.parallel()));
    }

    @PostMapping("/outgoing/{id}/review")
    @Operation(summary = "Review (the reviewer whose turn it is): COMMENT, RETURN (with a reason) or APPROVE")
    OutgoingView review(@PathVariable UUID id, @RequestBody ReviewInput input) {
        return outgoing.review(id, input);
    }

    record CommentInput(String comment) {
    }

    @PostMapping("/outgoing/{id}/approve")
    @Operation(summary = "Approve (the reviewer whose turn it is); the last approval makes the draft approved")
    OutgoingView approve(@PathVariable UUID id, @RequestBody(required = false) CommentInput input) {
        return outgoing.review(id, new ReviewInput(ReviewInput.Decision.APPROVE, input == null ? null : input.comment()));
    }

    @PostMapping("/outgoing/{id}/sign")
    @Operation(summary = "Sign (the final approver): a PDF gets the personal PAdES signature; a DOCX stays approved")
    OutgoingView sign(@PathVariable UUID id) {
        return outgoing.sign(id);
    }

    @PostMapping("/outgoing/{id}/issue")
    @Operation(summary = "Issue (clerk): allocates the number of the year's series, builds the symbol, stamps the "
            + "date, applies the agency signature to a signed PDF, records the recipients")
    IssuedNumber issue(@PathVariable UUID id, @RequestBody IssueInput input) {
        return outgoing.issue(id, input);
    }

    @GetMapping("/recipient-groups")
    @Operation(summary = "Whole groups of recipients (all commune People's Committees, all district ones, all "
            + "departments) with their number of members; pass them as `groups` when issuing")
    List<OutgoingService.RecipientGroup> recipientGroups() {
        return outgoing.recipientGroups();
    }

    @GetMapping("/recipient-groups/{group}")
    @Operation(summary = "The members of one recipient group, as recipients for the issue input")
    List<IssueInput.RecipientInput> recipientGroup(@PathVariable AgencyGroup group) {
        return outgoing.recipientGroup(group);
    }

    record RecallInput(String reason) {
    }

    @PostMapping("/outgoing/{id}/recall")
    @Operation(summary = "Recall an issued document (clerk or leader of the issuing agency), with a reason")
    OutgoingView recall(@PathVariable UUID id, @RequestBody RecallInput input) {
        return outgoing.recall(id, input == null ? null : input.reason());
    }

    @GetMapping("/search")
    @Operation(summary = "Incoming and outgoing documents the caller may see containing every word of q in their "
            + "metadata or file text, without regard to diacritics or case")
    DocumentPage<SearchHit> search(@RequestParam(defaultValue = "") String q,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return search.search(q, page, size);
    }

    @GetMapping("/registers/{kind}")
    @Operation(summary = "A register (INCOMING, OUTGOING, TRACKING) for a period, with the Decree 30 columns; "
            + "format=json (default), pdf or xlsx")
    ResponseEntity<?> register(@PathVariable String kind,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "json") String format, java.util.Locale locale) {
        RegisterKind registerKind;
        try {
            registerKind = RegisterKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new vn.openprovince.document.DocumentException(vn.openprovince.document.DocumentError.DOC_UNKNOWN_REGISTER);
        }
        var register = registers.register(registerKind, from, to, locale);
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> download(new FileDownload(fileName(register, "pdf"), MediaType.APPLICATION_PDF_VALUE,
                    exports.pdf(register)));
            case "xlsx" -> download(new FileDownload(fileName(register, "xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exports.xlsx(register)));
            default -> ResponseEntity.ok(register);
        };
    }

    static String fileName(Register register, String extension) {
        return "so-" + register.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + register.from() + "-"
                + register.to() + "." + extension;
    }

    @GetMapping("/reports/processing")
    @Operation(summary = "Báo cáo tình hình giải quyết văn bản đến: per lead department, documents received, done on "
            + "time or late, in progress within or past the deadline, not yet assigned, with the totals and the "
            + "counts by status, for arrival dates from/to; the caller's agency unless agencyId is given; clerk, "
            + "leader or agency administrator; format=json (default), pdf or xlsx")
    ResponseEntity<?> processingReport(
            @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") String format, java.util.Locale locale) {
        var report = reports.report(agencyId, from, to, locale);
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> download(new FileDownload(fileName(report, "pdf"), MediaType.APPLICATION_PDF_VALUE,
                    reportExports.pdf(report)));
            case "xlsx" -> download(new FileDownload(fileName(report, "xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reportExports.xlsx(report)));
            default -> ResponseEntity.ok(report);
        };
    }

    static String fileName(ProcessingReport report, String extension) {
        return "bao-cao-giai-quyet-" + report.from() + "-" + report.to() + "." + extension;
    }

    @GetMapping("/inbox")
    @Operation(summary = "What waits for the caller: documents to direct, assign, process, review, revise, issue")
    List<InboxItem> inbox() {
        return inbox.items();
    }

    static ResponseEntity<byte[]> download(FileDownload file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    private static java.io.InputStream stream(Part part) {
        try {
            return part == null ? null : part.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
