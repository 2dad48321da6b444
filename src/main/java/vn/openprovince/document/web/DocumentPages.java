package vn.openprovince.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.openprovince.organization.AgencyGroup;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;
import vn.openprovince.document.internal.AssignmentInput;
import vn.openprovince.document.internal.CompletionInput;
import vn.openprovince.document.internal.DirectionInput;
import vn.openprovince.document.internal.DeliverySummaries;
import vn.openprovince.document.internal.DocumentSearch;
import vn.openprovince.document.internal.Inbox;
import vn.openprovince.document.internal.IncomingAttachmentService;
import vn.openprovince.document.internal.IncomingRegistration;
import vn.openprovince.document.internal.IncomingService;
import vn.openprovince.document.internal.IncomingStatus;
import vn.openprovince.document.internal.IssueInput;
import vn.openprovince.document.internal.OutgoingDraft;
import vn.openprovince.document.internal.OutgoingService;
import vn.openprovince.document.internal.OutgoingStatus;
import vn.openprovince.document.internal.OutgoingView;
import vn.openprovince.document.internal.FileDownload;
import vn.openprovince.document.internal.ProcessingReportExports;
import vn.openprovince.document.internal.ProcessingReportService;
import vn.openprovince.document.internal.RegisterExports;
import vn.openprovince.document.internal.RegisterKind;
import vn.openprovince.document.internal.RegisterService;
import vn.openprovince.document.internal.ReviewInput;
import vn.openprovince.document.internal.SavedSearchService;

/**
 * The e-office pages: the inbox (việc cần xử lý), incoming register and documents with their
 * processing tree and next actions, the processing slip, outgoing drafts, review and issue, search.
 */
@Controller
@RequestMapping("/documents")
class DocumentPages {

    private static final int PAGE_SIZE = 20;

    private final IncomingService incoming;
    private final DeliverySummaries deliverySummaries;
    private final OutgoingService outgoing;
    private final DocumentSearch search;
    private final Inbox inbox;
    private final MessageSource messages;
    private final RegisterService registers;
    private final RegisterExports exports;
    private final SavedSearchService savedSearches;
    private final IncomingAttachmentService attachments;
    private final ProcessingReportService reports;
    private final ProcessingReportExports reportExports;

    DocumentPages(IncomingService incoming, OutgoingService outgoing, DocumentSearch search, Inbox inbox,
                  MessageSource messages, RegisterService registers, RegisterExports exports,
                  SavedSearchService savedSearches, IncomingAttachmentService attachments,
                  ProcessingReportService reports, ProcessingReportExports reportExports,
                  DeliverySummaries deliverySummaries) {
        this.deliverySummaries = deliverySummaries;
        this.reports = reports;
        this.reportExports = reportExports;
        this.savedSearches = savedSearches;
        this.attachments = attachments;
        this.registers = registers;
        this.exports = exports;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.search = search;
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping({"", "/inbox"})
    String inbox(Model model) {
        model.addAttribute("items", inbox.items());
        return "document/inbox";
    }

    // --- incoming ---

    @GetMapping("/incoming")
    String incomingList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) IncomingStatus status,
                        @RequestParam(required = false) Urgency urgency,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("documents", incoming.list(new IncomingService.IncomingFilter(q, status, urgency, from, to),
                page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("urgency", urgency);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", IncomingStatus.values());
        model.addAttribute("urgencies", Urgency.values());
        return "document/incoming-list";
    }

    @GetMapping("/incoming/new")
    String registerForm(Model model) {
        model.addAttribute("form", new IncomingForm());
        return registerPage(model);
    }

    private String registerPage(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecies", Secrecy.values());
        return "document/incoming-form";
    }

    @PostMapping("/incoming")
    String register(@ModelAttribute("form") IncomingForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            return registerPage(model);
        }
        try {
            var registered = incoming.register(form.toRegistration(), form.getFile() == null ? null
                    : form.getFile().getOriginalFilename(), bytes(form.getFile()));
            redirect.addFlashAttribute("flash", messages.getMessage("document.registered",
                    new Object[] {registered.arrivalNumberText(), registered.numberAndSymbol()}, locale));
            return "redirect:/documents/incoming/" + registered.id();
        } catch (DocumentException e) {
            reject(errors, e, locale);
            if (e.error() == vn.openprovince.document.DocumentError.DOC_DUPLICATE) {
                model.addAttribute("duplicate", true);
            }
            return registerPage(model);
        }
    }

    @PostMapping("/incoming/from-outgoing/{outgoingId}")
    String receiveInternal(@PathVariable UUID outgoingId, RedirectAttributes redirect, Locale locale) {
        try {
            var registered = incoming.receiveInternal(outgoingId);
            redirect.addFlashAttribute("flash", messages.getMessage("document.registered",
                    new Object[] {registered.arrivalNumberText(), registered.numberAndSymbol()}, locale));
            return "redirect:/documents/incoming/" + registered.id();
        } catch (DocumentException e) {
            redirect.addFlashAttribute("flash", messages.getMessage("error." + e.error().name(), new Object[] {""},
                    e.error().name(), locale));
            return "redirect:/documents/inbox";
        }
    }

    @GetMapping("/incoming/{id}")
    String incomingDocument(@PathVariable UUID id, Model model) {
        var document = incoming.get(id);
        var actions = incoming.nextActions(id);
        model.addAttribute("document", document);
        model.addAttribute("actions", actions);
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("mayAddAttachment", attachments.mayAdd(id));
        if (actions.direct()) {
            model.addAttribute("departments", incoming.departmentsFor(id));
            model.addAttribute("leaders", incoming.forwardCandidates(id));
            model.addAttribute("defaultDeadline", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7));
        }
        if (actions.assign()) {
            model.addAttribute("colleagues", incoming.colleagues());
        }
        if (!actions.myOpenSteps().isEmpty()) {
            model.addAttribute("replies", outgoing.myDocuments());
        }
        return "document/incoming";
    }

    @GetMapping("/incoming/{id}/slip")
    String slip(@PathVariable UUID id, Model model) {
        model.addAttribute("document", incoming.get(id));
        return "document/slip";
    }

    @GetMapping("/incoming/{id}/file")
    ResponseEntity<byte[]> incomingFile(@PathVariable UUID id) {
        return DocumentsApi.download(incoming.file(id));
    }

    @PostMapping("/incoming/{id}/direction")
    String direct(@PathVariable UUID id, @RequestParam(required = false) UUID leadDepartmentId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leadDeadline,
                  @RequestParam(required = false) List<UUID> supportDepartmentIds,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supportDeadline,
                  @RequestParam(required = false) List<UUID> infoDepartmentIds,
                  @RequestParam(defaultValue = "") String instruction, RedirectAttributes redirect, Locale locale) {
        var support = new ArrayList<DirectionInput.UnitInput>();
        if (supportDepartmentIds != null) {
            supportDepartmentIds.stream().filter(d -> !d.equals(leadDepartmentId))
                    .forEach(d -> support.add(new DirectionInput.UnitInput(d, supportDeadline, null)));
        }
        var info = new ArrayList<DirectionInput.UnitInput>();
        if (infoDepartmentIds != null) {
            infoDepartmentIds.forEach(d -> info.add(new DirectionInput.UnitInput(d, null, null)));
        }
        var lead = leadDepartmentId == null ? null : new DirectionInput.UnitInput(leadDepartmentId, leadDeadline, null);
        return act(id, redirect, locale, "document.directed",
                () -> incoming.direct(id, new DirectionInput(lead, support, info, null, instruction)));
    }

    @PostMapping("/incoming/{id}/forward")
    String forward(@PathVariable UUID id, @RequestParam(required = false) UUID forwardToLeaderId,
                   @RequestParam(defaultValue = "") String instruction, RedirectAttributes redirect, Locale locale) {
        if (forwardToLeaderId == null) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error.DOC_UNKNOWN_OFFICIAL", null, locale));
            return "redirect:/documents/incoming/" + id;
        }
        return act(id, redirect, locale, "document.forwarded",
                () -> incoming.direct(id, new DirectionInput(null, null, null, forwardToLeaderId, instruction)));
    }

    @PostMapping("/incoming/{id}/assignments")
    String assign(@PathVariable UUID id, @RequestParam(required = false) UUID assigneeId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(defaultValue = "") String instruction, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "document.assigned",
                () -> incoming.assign(id, new AssignmentInput(assigneeId, deadline, instruction)));
    }

    @PostMapping("/incoming/{id}/assignments/{stepId}/progress")
    String progress(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam(defaultValue = "") String note,
                    RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "document.progressRecorded", () -> incoming.recordProgress(id, stepId, note));
    }

    @PostMapping("/incoming/{id}/assignments/{stepId}/complete")
    String complete(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam(defaultValue = "") String result,
                    @RequestParam(required = false) UUID replyDocumentId, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "document.completed",
                () -> incoming.complete(id, stepId, new CompletionInput(result, replyDocumentId)));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(),
                    new Object[] {""}, e.error().name(), locale));
        }
        return "redirect:/documents/incoming/" + id;
    }

    // --- outgoing ---

    @GetMapping("/outgoing")
    String outgoingList(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OutgoingStatus status,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        var documents = outgoing.list(q, status, page, PAGE_SIZE);
        model.addAttribute("documents", documents);
        // "đã gửi N/M, hoàn thành K" for the whole page in two grouped queries
        model.addAttribute("deliveries", deliverySummaries.summaries(documents.content().stream()
                .filter(d -> d.status() == OutgoingStatus.ISSUED || d.status() == OutgoingStatus.RECALLED
                        || d.status() == OutgoingStatus.REPLACED)
                .map(OutgoingView::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutgoingStatus.values());
        return "document/outgoing-list";
    }

    @GetMapping("/outgoing/new")
    String draftForm(@RequestParam(required = false) UUID replaces, Model model) {
        var form = new OutgoingForm();
        form.setReplaces(replaces);
        model.addAttribute("form", form);
        return draftPage(model);
    }

    private String draftPage(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecies", Secrecy.values());
        model.addAttribute("agencies", outgoing.draftingAgencies());
        return "document/outgoing-form";
    }

    @PostMapping("/outgoing")
    String draft(@ModelAttribute("form") OutgoingForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            return draftPage(model);
        }
        try {
            var drafted = outgoing.draft(form.toDraft(), form.getFile() == null ? null
                    : form.getFile().getOriginalFilename(), bytes(form.getFile()));
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
            return "redirect:/documents/outgoing/" + drafted.id();
        } catch (DocumentException e) {
            reject(errors, e, locale);
            return draftPage(model);
        }
    }

    @GetMapping("/outgoing/{id}")
    String outgoingDocument(@PathVariable UUID id, Model model) {
        model.addAttribute("document", outgoing.get(id));
        var actions = outgoing.nextActions(id);
        model.addAttribute("actions", actions);
        if (actions.submit()) {
            model.addAttribute("reviewers", outgoing.possibleReviewers());
        }
        if (actions.issue()) {
            model.addAttribute("recipients", outgoing.possibleRecipients());
            model.addAttribute("recipientGroups", outgoing.recipientGroups());
        }
        return "document/outgoing";
    }

    @GetMapping("/outgoing/{id}/file")
    ResponseEntity<byte[]> outgoingFile(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return DocumentsApi.download(outgoing.file(id, version));
    }

    @PostMapping("/outgoing/{id}/versions")
    String addVersion(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect, Locale locale) {
        return actOut(id, redirect, locale, "common.saved", () -> outgoing.addVersion(id,
                file == null ? null : file.getOriginalFilename(), bytes(file)));
    }

    @PostMapping("/outgoing/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) UUID firstReviewerId,
                  @RequestParam(required = false) UUID secondReviewerId,
                  @RequestParam(defaultValue = "false") boolean parallel, RedirectAttributes redirect, Locale locale) {
        var chain = new ArrayList<UUID>();
        if (firstReviewerId != null) {
            chain.add(firstReviewerId);
        }
        if (secondReviewerId != null && !secondReviewerId.equals(firstReviewerId)) {
            chain.add(secondReviewerId);
        }
        return actOut(id, redirect, locale, "document.submitted", () -> outgoing.submit(id, chain, parallel));
    }

    @PostMapping("/outgoing/{id}/review")
    String review(@PathVariable UUID id, @RequestParam ReviewInput.Decision decision,
                  @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect, Locale locale) {
        return actOut(id, redirect, locale, "document.reviewed",
                () -> outgoing.review(id, new ReviewInput(decision, comment)));
    }

    @PostMapping("/outgoing/{id}/sign")
    String sign(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return actOut(id, redirect, locale, "document.signed", () -> outgoing.sign(id));
    }

    @PostMapping("/outgoing/{id}/issue")
    String issue(@PathVariable UUID id, @RequestParam(required = false) List<UUID> recipientAgencyIds,
                 @RequestParam(required = false) List<AgencyGroup> recipientGroups,
                 @RequestParam(defaultValue = "") String externalName,
                 @RequestParam(defaultValue = "") String externalCode,
                 @RequestParam(defaultValue = "false") boolean paperCopy, RedirectAttributes redirect, Locale locale) {
        var recipients = new ArrayList<IssueInput.RecipientInput>();
        if (recipientAgencyIds != null) {
            recipientAgencyIds.forEach(agency -> recipients.add(new IssueInput.RecipientInput(agency, null, null)));
        }
        if (!externalName.isBlank()) {
            recipients.add(new IssueInput.RecipientInput(null, externalName, externalCode));
        }
        try {
            var issued = outgoing.issue(id, new IssueInput(recipients, paperCopy, recipientGroups));
            redirect.addFlashAttribute("flash", messages.getMessage("document.issued",
                    new Object[] {issued.numberAndSymbol()}, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(),
                    new Object[] {""}, e.error().name(), locale));
        }
        return "redirect:/documents/outgoing/" + id;
    }

    @PostMapping("/outgoing/{id}/recall")
    String recall(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                  Locale locale) {
        return actOut(id, redirect, locale, "document.recalled", () -> outgoing.recall(id, reason));
    }

    private String actOut(UUID id, RedirectAttributes redirect, Locale locale, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(),
                    new Object[] {""}, e.error().name(), locale));
        }
        return "redirect:/documents/outgoing/" + id;
    }

    // --- registers ---

    @GetMapping("/registers")
    String registers(@RequestParam(defaultValue = "INCOMING") RegisterKind kind,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model, Locale locale) {
        model.addAttribute("register", registers.register(kind, from, to, locale));
        model.addAttribute("kinds", RegisterKind.values());
        return "document/registers";
    }

    @GetMapping("/registers/export")
    ResponseEntity<byte[]> exportRegister(@RequestParam(defaultValue = "INCOMING") RegisterKind kind,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        var register = registers.register(kind, from, to, locale);
        return format.equals("xlsx")
                ? DocumentsApi.download(new FileDownload(DocumentsApi.fileName(register, "xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exports.xlsx(register)))
                : DocumentsApi.download(new FileDownload(DocumentsApi.fileName(register, "pdf"), "application/pdf",
                        exports.pdf(register)));
    }

    // --- processing report ---

    @GetMapping("/reports/processing")
    String processingReport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Model model, Locale locale) {
        model.addAttribute("report", reports.report(null, from, to, locale));
        return "document/processing-report";
    }

    @GetMapping("/reports/processing/export")
    ResponseEntity<byte[]> exportProcessingReport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        var report = reports.report(null, from, to, locale);
        return format.equals("xlsx")
                ? DocumentsApi.download(new FileDownload(DocumentsApi.fileName(report, "xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reportExports.xlsx(report)))
                : DocumentsApi.download(new FileDownload(DocumentsApi.fileName(report, "pdf"), "application/pdf",
                        reportExports.pdf(report)));
    }

    // --- search ---

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(q, page, PAGE_SIZE));
        model.addAttribute("savedSearches", savedSearches.mine());
        return "document/search";
    }

    /** Shows the error next to its field when the form has it, else above the form. */
    private void reject(BindingResult errors, DocumentException e, Locale locale) {
        String field = String.valueOf(e.getBody().getProperties() == null ? e.error().field()
                : e.getBody().getProperties().getOrDefault("field", e.error().field()));
        String code = "error." + e.error().name();
        Object[] arguments = e.getDetailMessageArguments();
        String message = messages.getMessage(code, arguments, code, locale);
        if (errors.getFieldType(field) != null) {
            errors.rejectValue(field, code, arguments, message);
        } else {
            errors.reject(code, arguments, message);
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The register form: text as typed, turned into a registration on submit. */
    public static class IncomingForm {
        private String issuerName;
        private String issuerCode;
        private String numberAndSymbol;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate documentDate;
        private DocumentType type = DocumentType.CONG_VAN;
        private String summary;
        private String signerName;
        private String signerPosition;
        private Urgency urgency = Urgency.NORMAL;
        private Secrecy secrecy = Secrecy.NORMAL;
        private Integer pages;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate replyDeadline;
        private String duplicateReason;
        private MultipartFile file;

        IncomingRegistration toRegistration() {
            return new IncomingRegistration(null, issuerName, issuerCode, numberAndSymbol, documentDate, type, summary,
                    signerName, signerPosition, urgency, secrecy, pages, replyDeadline, null, duplicateReason);
        }

        public String getIssuerName() { return issuerName; }
        public void setIssuerName(String issuerName) { this.issuerName = issuerName; }
        public String getIssuerCode() { return issuerCode; }
        public void setIssuerCode(String issuerCode) { this.issuerCode = issuerCode; }
        public String getNumberAndSymbol() { return numberAndSymbol; }
        public void setNumberAndSymbol(String numberAndSymbol) { this.numberAndSymbol = numberAndSymbol; }
        public LocalDate getDocumentDate() { return documentDate; }
        public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
        public DocumentType getType() { return type; }
        public void setType(DocumentType type) { this.type = type; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
        public String getSignerPosition() { return signerPosition; }
        public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
        public Urgency getUrgency() { return urgency; }
        public void setUrgency(Urgency urgency) { this.urgency = urgency; }
        public Secrecy getSecrecy() { return secrecy; }
        public void setSecrecy(Secrecy secrecy) { this.secrecy = secrecy; }
        public Integer getPages() { return pages; }
        public void setPages(Integer pages) { this.pages = pages; }
        public LocalDate getReplyDeadline() { return replyDeadline; }
        public void setReplyDeadline(LocalDate replyDeadline) { this.replyDeadline = replyDeadline; }
        public String getDuplicateReason() { return duplicateReason; }
        public void setDuplicateReason(String duplicateReason) { this.duplicateReason = duplicateReason; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }

    /** The draft form. */
    public static class OutgoingForm {
        private UUID agencyId;
        private DocumentType type = DocumentType.CONG_VAN;
        private String summary;
        private String signerName;
        private String signerPosition;
        private Urgency urgency = Urgency.NORMAL;
        private Secrecy secrecy = Secrecy.NORMAL;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate replyDeadline;
        private String advisoryBodyName;
        private String advisoryBodyAbbreviation;
        private UUID replaces;
        private MultipartFile file;

        OutgoingDraft toDraft() {
            return new OutgoingDraft(agencyId, type, summary, urgency, secrecy, signerName, signerPosition, null,
                    replyDeadline, null, new vn.openprovince.document.AdvisoryBody(advisoryBodyName,
                            advisoryBodyAbbreviation), replaces);
        }

        public UUID getReplaces() { return replaces; }
        public void setReplaces(UUID replaces) { this.replaces = replaces; }

        public String getAdvisoryBodyName() { return advisoryBodyName; }
        public void setAdvisoryBodyName(String advisoryBodyName) { this.advisoryBodyName = advisoryBodyName; }
        public String getAdvisoryBodyAbbreviation() { return advisoryBodyAbbreviation; }
        public void setAdvisoryBodyAbbreviation(String abbreviation) { this.advisoryBodyAbbreviation = abbreviation; }

        public UUID getAgencyId() { return agencyId; }
        public void setAgencyId(UUID agencyId) { this.agencyId = agencyId; }
        public DocumentType getType() { return type; }
        public void setType(DocumentType type) { this.type = type; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
        public String getSignerPosition() { return signerPosition; }
        public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
        public Urgency getUrgency() { return urgency; }
        public void setUrgency(Urgency urgency) { this.urgency = urgency; }
        public Secrecy getSecrecy() { return secrecy; }
        public void setSecrecy(Secrecy secrecy) { this.secrecy = secrecy; }
        public LocalDate getReplyDeadline() { return replyDeadline; }
        public void setReplyDeadline(LocalDate replyDeadline) { this.replyDeadline = replyDeadline; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }
}
