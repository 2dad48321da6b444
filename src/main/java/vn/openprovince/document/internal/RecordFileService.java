package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Lập hồ sơ: the clerk or agency administrator keeps the agency's yearly file plan; the official
 * handling a matter opens its file, links the incoming and outgoing documents into it and closes it;
 * closed files are listed when they fall due for transfer to the archive. Exports the file as XML
 * (Appendix VI fields) and as one PDF. Documents a caller is not cleared for stay out of their view.
 */
@Service
public class RecordFileService {

    private final RecordFiles files;
    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final StoredFiles stored;
    private final DocumentAccess access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final RecordFileExports exports;
    private final IncomingAttachments attachments;

    RecordFileService(RecordFiles files, IncomingDocuments incoming, OutgoingDocuments outgoing, StoredFiles stored,
                      DocumentAccess access, OrganizationDirectory directory, AuditTrail audit,
                      RecordFileExports exports, IncomingAttachments attachments) {
        this.attachments = attachments;
        this.files = files;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.stored = stored;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.exports = exports;
    }

    static LocalDate today() {
        return LocalDate.now(IncomingDocument.ZONE);
    }

    /** Adds an entry to the year's file plan (clerk or agency administrator of the agency). */
    @Transactional
    public RecordFileView plan(FilePlanInput raw) {
        Viewer viewer = access.viewer();
        if (raw == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_METADATA);
        }
        FilePlanInput input = raw.normalized();
        UUID agencyId = input.agencyId() != null ? input.agencyId()
                : viewer.agencyId() == null ? null : viewer.agencyId().value();
        if (agencyId == null || !(viewer.isClerkOf(agencyId) || access.isAgencyAdminOf(agencyId))) {
            throw new DocumentException(DocumentError.DOC_NOT_A_FILE_KEEPER);
        }
        int thisYear = today().getYear();
        int year = input.year() == null ? thisYear : input.year();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new DocumentException(DocumentError.DOC_INVALID_FILE_YEAR);
        }
        if (!RecordFile.validNotation(input.fileNotation())) {
            throw new DocumentException(DocumentError.DOC_INVALID_FILE_NOTATION);
        }
        if (input.title() == null || input.title().length() > 500) {
            throw new DocumentException(DocumentError.DOC_MISSING_FILE_TITLE);
        }
        if (input.maintenance() == null || input.maintenance().length() > 30) {
            throw new DocumentException(DocumentError.DOC_MISSING_MAINTENANCE);
        }
        if (tooLong(input.rights(), 30) || tooLong(input.language(), 50) || tooLong(input.description(), 500)) {
            throw new DocumentException(DocumentError.DOC_INVALID_METADATA);
        }
        AgencySummary agency = directory.agency(new AgencyId(agencyId)).orElseThrow();
        if (agency.identifierCode() == null || agency.identifierCode().isBlank()) {
            throw new DocumentException(DocumentError.DOC_NO_ORGAN_ID);
        }
        if (files.existsByAgencyIdAndFileCatalogAndFileNotation(agencyId, year, input.fileNotation())) {
            throw new DocumentException(DocumentError.DOC_FILE_NOTATION_TAKEN, input.fileNotation());
        }
        var responsible = responsible(agencyId, input);
        var file = files.save(new RecordFile(agencyId, agency.identifierCode(), year, input, responsible,
                viewer.actor(), Instant.now()));
        audit.record("record-file.planned", "RecordFile", file.id(), agencyId,
                file.fileCode() + ": " + file.title() + " (" + file.maintenance() + ")");
        return view(viewer, file, new HashMap<>());
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private RecordFile.Responsible responsible(UUID agencyId, FilePlanInput input) {
        DepartmentSummary department = null;
        if (input.responsibleDepartmentId() != null) {
            department = directory.department(input.responsibleDepartmentId())
                    .filter(d -> d.agencyId().value().equals(agencyId))
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DEPARTMENT));
        }
        OfficialSummary official = null;
        if (input.responsibleOfficialId() != null) {
            official = directory.official(input.responsibleOfficialId())
                    .filter(o -> o.agencyId().value().equals(agencyId))
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_OFFICIAL));
        }
        return new RecordFile.Responsible(department == null ? null : department.id(),
                department == null ? null : department.name(), official == null ? null : official.id(),
                official == null ? null : official.fullName());
    }

    /** The file plan of a year (the current one by default) of the agencies the caller works in. */
    @Transactional(readOnly = true)
    public List<RecordFileView> list(Integer year) {
        Viewer viewer = access.viewer();
        int catalog = year == null ? today().getYear() : year;
        var agencies = new HashSet<UUID>();
        if (viewer.agencyId() != null) {
            agencies.add(viewer.agencyId().value());
        }
        agencies.addAll(viewer.clerkOf().agencyUuids());
        agencies.addAll(viewer.leaderOf().agencyUuids());
        var result = new ArrayList<RecordFileView>();
        Map<UUID, String> names = new HashMap<>();
        for (UUID agency : agencies) {
            files.findByAgencyIdAndFileCatalogOrderByFileNotation(agency, catalog)
                    .forEach(file -> result.add(summary(file, names)));
        }
        result.sort(Comparator.comparing(RecordFileView::agencyName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(RecordFileView::fileNotation));
        return result;
    }

    /** Closed files the caller may see that are due for transfer to the archive within 30 days, or overdue. */
    @Transactional(readOnly = true)
    public List<RecordFileView> dueForTransfer() {
        Viewer viewer = access.viewer();
        LocalDate limit = today().plusDays(RecordFile.TRANSFER_NOTICE_DAYS);
        Map<UUID, String> names = new HashMap<>();
        return files.findByStatusAndTransferDueLessThanEqualOrderByTransferDue(RecordFileStatus.CLOSED, limit).stream()
                .filter(file -> maySee(viewer, file)).map(file -> summary(file, names)).toList();
    }

    /** One file with the documents the caller may see, in DocOrdinal order. */
    @Transactional(readOnly = true)
    public RecordFileView get(UUID id) {
        Viewer viewer = access.viewer();
        return view(viewer, visible(viewer, id), new HashMap<>());
    }

    /** The open files of the documents' agency the caller may add a document to. */
    @Transactional(readOnly = true)
    public List<RecordFileView> openFilesFor(UUID agencyId) {
        Viewer viewer = access.viewer();
        Map<UUID, String> names = new HashMap<>();
        return files.findByAgencyIdAndFileCatalogOrderByFileNotation(agencyId, today().getYear()).stream()
                .filter(file -> file.status() == RecordFileStatus.OPEN && mayWork(viewer, file))
                .map(file -> summary(file, names)).toList();
    }

    /** Mở hồ sơ: the responsible official (or one of the responsible department, the clerk, a leader). */
    @Transactional
    public RecordFileView open(UUID id) {
        Viewer viewer = access.viewer();
        var file = visible(viewer, id);
        requireWork(viewer, file);
        file.open(viewer.actor(), today());
        audit.record("record-file.opened", "RecordFile", id, file.agencyId(), file.fileCode());
        return view(viewer, file, new HashMap<>());
    }

    /** Links a document the caller may see, of the file's agency, into the open file. */
    @Transactional
    public RecordFileView attach(UUID id, FiledDocumentKind kind, UUID documentId) {
        Viewer viewer = access.viewer();
        var file = visible(viewer, id);
        requireWork(viewer, file);
        if (kind == null || documentId == null) {
            throw new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT);
        }
        Instant now = Instant.now();
        RecordFileDocument link;
        String label;
        if (kind == FiledDocumentKind.INCOMING) {
            var document = incoming.findById(documentId)
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
            access.requireSee(viewer, document);
            requireSameAgency(file, document.agencyId());
            if (document.isRecalled()) {
                throw new DocumentException(DocumentError.DOC_RECALLED);
            }
            link = file.attach(kind, documentId, document.documentDate(), document.arrivedAt(), viewer.actor(), now);
            label = "đến " + document.numberAndSymbol();
        } else {
            var document = outgoing.findById(documentId)
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
            access.requireSee(viewer, document);
            requireSameAgency(file, document.agencyId());
            if (document.status() != OutgoingStatus.ISSUED) {
                throw new DocumentException(DocumentError.DOC_NOT_FILEABLE);
            }
            link = file.attach(kind, documentId, document.issueDate(), document.issuedAt(), viewer.actor(), now);
            label = "đi " + document.numberAndSymbol();
        }
        files.flush();
        audit.record("record-file.document-attached", "RecordFile", id, file.agencyId(),
                "%s: văn bản %s, số thứ tự %d".formatted(file.fileCode(), label, link.docOrdinal()));
        return view(viewer, file, new HashMap<>());
    }

    private static void requireSameAgency(RecordFile file, UUID documentAgency) {
        if (!file.agencyId().equals(documentAgency)) {
            throw new DocumentException(DocumentError.DOC_DOCUMENT_OF_ANOTHER_AGENCY);
        }
    }

    /** Removes a document from the open file (the document itself stays as it is). */
    @Transactional
    public RecordFileView detach(UUID id, UUID linkId) {
        Viewer viewer = access.viewer();
        var file = visible(viewer, id);
        requireWork(viewer, file);
        var link = file.detach(linkId);
        files.flush();
        audit.record("record-file.document-detached", "RecordFile", id, file.agencyId(),
                "%s: %s %s bỏ khỏi hồ sơ (số thứ tự %d)".formatted(file.fileCode(),
                        link.documentKind() == FiledDocumentKind.INCOMING ? "văn bản đến" : "văn bản đi",
                        link.documentId(), link.docOrdinal()));
        return view(viewer, file, new HashMap<>());
    }

    /** Kết thúc hồ sơ: sets the end date and the archive-transfer due date a year later. */
    @Transactional
    public RecordFileView close(UUID id, LocalDate endDate) {
        Viewer viewer = access.viewer();
        var file = visible(viewer, id);
        requireWork(viewer, file);
        file.close(endDate, today());
        audit.record("record-file.closed", "RecordFile", id, file.agencyId(),
                "%s: kết thúc %s, nộp lưu trước %s".formatted(file.fileCode(), file.endDate(), file.transferDue()));
        return view(viewer, file, new HashMap<>());
    }

    /** The file as Appendix VI XML or as one PDF (index page, then the documents); the export is audited. */
    @Transactional
    public FileDownload export(UUID id, String format) {
        Viewer viewer = access.viewer();
        var file = visible(viewer, id);
        String kind = format == null ? "pdf" : format.toLowerCase(Locale.ROOT);
        if (!kind.equals("pdf") && !kind.equals("xml")) {
            throw new DocumentException(DocumentError.DOC_UNKNOWN_EXPORT_FORMAT);
        }
        var view = view(viewer, file, new HashMap<>());
        var entries = new ArrayList<RecordFileExports.Entry>();
        for (var link : file.documents()) {
            if (link.documentKind() == FiledDocumentKind.INCOMING) {
                incoming.findById(link.documentId()).filter(d -> access.canSee(viewer, d))
                        .ifPresent(d -> entries.add(entry(link, d)));
            } else {
                outgoing.findById(link.documentId()).filter(d -> access.canSee(viewer, d))
                        .ifPresent(d -> entries.add(entry(link, d)));
            }
        }
        var export = new RecordFileExports.Export(view, entries);
        String name = "ho-so-" + file.fileCode().replace('/', '-') + "." + kind;
        byte[] content = kind.equals("xml") ? exports.xml(export) : exports.pdf(export);
        audit.record("record-file.exported", "RecordFile", id, file.agencyId(),
                "%s: %s, %d văn bản%s".formatted(file.fileCode(), kind.toUpperCase(Locale.ROOT), entries.size(),
                        view.withheldDocuments() == 0 ? "" : ", " + view.withheldDocuments() + " văn bản mật không xuất"));
        return new FileDownload(name, kind.equals("xml") ? "application/xml" : "application/pdf", content);
    }

    private RecordFileExports.Entry entry(RecordFileDocument link, IncomingDocument d) {
        byte[] pdf = null;
        String skipped = null;
        var annexes = new ArrayList<byte[]>();
        if (d.isRecalled()) {
            skipped = "RECALLED";
        } else {
            var content = stored.findById(d.fileId()).orElseThrow();
            if (InspectedFile.PDF.equals(content.mediaType())) {
                pdf = content.content();
                attachments.findByDocumentIdOrderByOrdinal(d.id())
                        .forEach(a -> annexes.add(stored.findById(a.fileId()).orElseThrow().content()));
            } else {
                skipped = "NOT_PDF";
            }
        }
        String toPlaces = String.join("; ", d.steps().stream()
                .filter(s -> s.kind() != StepKind.ASSIGNMENT && s.departmentName() != null)
                .map(ProcessingStep::departmentName).distinct().toList());
        return new RecordFileExports.Entry(link.docOrdinal(), FiledDocumentKind.INCOMING, d.documentType().vietnameseName(),
                d.numberAndSymbol(), d.documentDate(), d.issuerName(), d.summary(), d.pages(), d.signerPosition(),
                d.signerName(), d.urgency().ordinal(), d.replyDeadline(), d.arrivedAt(), d.arrivalNumber(), toPlaces,
                List.of(), pdf, skipped, d.fileName(), annexes);
    }

    private RecordFileExports.Entry entry(RecordFileDocument link, OutgoingDocument d) {
        var version = d.currentVersion();
        byte[] pdf = null;
        String skipped = null;
        if (version.isPdf()) {
            pdf = stored.findById(version.fileId()).orElseThrow().content();
        } else {
            skipped = "NOT_PDF";
        }
        String organName = directory.agency(new AgencyId(d.agencyId())).map(AgencySummary::name).orElse("");
        var to = d.recipients().stream()
                .map(r -> new RecordFileExports.Recipient(r.identifierCode(), r.name())).toList();
        return new RecordFileExports.Entry(link.docOrdinal(), FiledDocumentKind.OUTGOING, d.documentType().vietnameseName(),
                d.numberAndSymbol() == null ? "" : d.numberAndSymbol().toString(), d.issueDate(), organName,
                d.summary(), d.pages(), d.signerPosition(), d.signerName(), d.urgency().ordinal(), d.replyDeadline(),
                null, null, null, to, pdf, skipped, version.fileName(), List.of());
    }

    // --- access ---

    /** Officials of the file's agency, and its clerks, leaders and administrators. */
    boolean maySee(Viewer viewer, RecordFile file) {
        return (viewer.agencyId() != null && viewer.agencyId().value().equals(file.agencyId()))
                || viewer.isClerkOf(file.agencyId()) || viewer.isLeaderOf(file.agencyId())
                || access.isAgencyAdminOf(file.agencyId());
    }

    /** Opens, fills and closes: the responsible official or department, the opener, the clerk, a leader. */
    boolean mayWork(Viewer viewer, RecordFile file) {
        if (viewer.isClerkOf(file.agencyId()) || viewer.isLeaderOf(file.agencyId()) || file.isResponsible(viewer)) {
            return true;
        }
        return file.responsibleOfficialId() == null && file.responsibleDepartmentId() == null
                && viewer.agencyId() != null && viewer.agencyId().value().equals(file.agencyId());
    }

    private void requireWork(Viewer viewer, RecordFile file) {
        if (!mayWork(viewer, file)) {
            throw new AccessDeniedException("file " + file.id() + " is kept by others");
        }
    }

    private RecordFile visible(Viewer viewer, UUID id) {
        var file = files.findById(id).orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_FILE));
        if (!maySee(viewer, file)) {
            throw new AccessDeniedException("file " + id + " is not visible to " + viewer.name());
        }
        return file;
    }

    /** Whether the caller may open, fill and close the file; for the page's buttons. */
    @Transactional(readOnly = true)
    public boolean mayWork(UUID id) {
        Viewer viewer = access.viewer();
        return mayWork(viewer, visible(viewer, id));
    }

    // --- views ---

    private RecordFileView summary(RecordFile file, Map<UUID, String> names) {
        return build(file, names, List.of(), file.documents().size(), 0, 0);
    }

    private RecordFileView view(Viewer viewer, RecordFile file, Map<UUID, String> names) {
        var links = file.documents();
        var shown = new ArrayList<RecordFileView.FiledDocumentView>();
        int withheld = 0;
        int pages = 0;
        for (var link : links) {
            if (link.documentKind() == FiledDocumentKind.INCOMING) {
                var document = incoming.findById(link.documentId()).orElse(null);
                if (document == null) {
                    continue;
                }
                pages += Objects.requireNonNullElse(document.pages(), 0);
                if (!access.canSee(viewer, document)) {
                    withheld++;
                    continue;
                }
                shown.add(new RecordFileView.FiledDocumentView(link.id(), link.docOrdinal(), link.documentKind(),
                        document.id(), document.numberAndSymbol(), document.documentDate(),
                        document.documentType().vietnameseName(), document.summary(), document.issuerName(),
                        document.pages(), link.linkedByName(), link.linkedAt()));
            } else {
                var document = outgoing.findById(link.documentId()).orElse(null);
                if (document == null) {
                    continue;
                }
                pages += Objects.requireNonNullElse(document.pages(), 0);
                if (!access.canSee(viewer, document)) {
                    withheld++;
                    continue;
                }
                String organName = names.computeIfAbsent(document.agencyId(), this::agencyName);
                shown.add(new RecordFileView.FiledDocumentView(link.id(), link.docOrdinal(), link.documentKind(),
                        document.id(), document.numberAndSymbol() == null ? null : document.numberAndSymbol().toString(),
                        document.issueDate(), document.documentType().vietnameseName(), document.summary(), organName,
                        document.pages(), link.linkedByName(), link.linkedAt()));
            }
        }
        return build(file, names, shown, links.size(), pages, withheld);
    }

    private String agencyName(UUID agency) {
        return directory.agency(new AgencyId(agency)).map(AgencySummary::name).orElse(null);
    }

    private RecordFileView build(RecordFile f, Map<UUID, String> names, List<RecordFileView.FiledDocumentView> documents,
                                 int docTotal, int pageTotal, int withheld) {
        return new RecordFileView(f.id(), f.agencyId(), names.computeIfAbsent(f.agencyId(), this::agencyName),
                f.fileCode(), f.organId(), f.fileCatalog(), f.fileNotation(), f.title(), f.maintenance(), f.rights(),
                f.language(), f.description(), f.responsibleDepartmentId(), f.responsibleDepartmentName(),
                f.responsibleOfficialId(), f.responsibleOfficialName(), f.plannedByName(), f.status(), f.creatorName(),
                f.startDate(), f.endDate(), f.transferDue(),
                f.status() == RecordFileStatus.CLOSED && RecordFile.dueForTransferSoon(f.transferDue(), today()),
                docTotal, pageTotal, withheld, documents);
    }
}
