package vn.openprovince.document.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/**
 * Hồ sơ (Decree 30 Art. 28–31, Appendix VI): an entry of an agency's yearly file plan (danh mục hồ
 * sơ), opened by the official who handles the matter, holding links to the documents of that matter
 * in the chronological order of their dates, and closed when the work ends, after which it is due
 * for transfer to the agency archive within a year.
 */
@Entity
@Table(name = "record_file")
class RecordFile {

    /** Appendix VI: FileNotation is a string of at most 20 characters; no spaces, so the FileCode stays one token. */
    static final Pattern NOTATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./_-]{0,19}");
    /** Art. 30: files are transferred to the agency archive within one year after the work ends. */
    static final int TRANSFER_WITHIN_YEARS = 1;
    /** Appendix VI: notify 30 days before a file is due for transfer. */
    static final int TRANSFER_NOTICE_DAYS = 30;

    @Id
    private UUID id;
    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;
    @Column(name = "organ_id", nullable = false, length = 13)
    private String organId;
    @Column(name = "file_catalog", nullable = false)
    private int fileCatalog;
    @Column(name = "file_notation", nullable = false, length = 20)
    private String fileNotation;
    @Column(nullable = false, length = 500)
    private String title;
    @Column(nullable = false, length = 30)
    private String maintenance;
    @Column(length = 30)
    private String rights;
    @Column(nullable = false, length = 50)
    private String language;
    @Column(length = 500)
    private String description;
    @Column(name = "responsible_department_id")
    private UUID responsibleDepartmentId;
    @Column(name = "responsible_department_name")
    private String responsibleDepartmentName;
    @Column(name = "responsible_official_id")
    private UUID responsibleOfficialId;
    @Column(name = "responsible_official_name")
    private String responsibleOfficialName;
    @Column(name = "planned_by_name")
    private String plannedByName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordFileStatus status;
    @Column(name = "creator_official_id")
    private UUID creatorOfficialId;
    @Column(name = "creator_name")
    private String creatorName;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "transfer_due")
    private LocalDate transferDue;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false)
    private List<RecordFileDocument> documents = new ArrayList<>();
    @Version
    private long version;

    protected RecordFile() {
    }

    /** An entry of the year's file plan. */
    RecordFile(UUID agencyId, String organId, int year, FilePlanInput input, Responsible responsible, Actor plannedBy,
               Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.organId = organId;
        this.fileCatalog = year;
        this.fileNotation = input.fileNotation();
        this.title = input.title();
        this.maintenance = input.maintenance();
        this.rights = input.rights();
        this.language = input.language() == null ? FilePlanInput.VIETNAMESE : input.language();
        this.description = input.description();
        this.responsibleDepartmentId = responsible.departmentId();
        this.responsibleDepartmentName = responsible.departmentName();
        this.responsibleOfficialId = responsible.officialId();
        this.responsibleOfficialName = responsible.officialName();
        this.plannedByName = plannedBy.name();
        this.status = RecordFileStatus.PLANNED;
        this.createdAt = now;
    }

    /** The department and official the plan makes responsible for a file (either may be absent). */
    record Responsible(UUID departmentId, String departmentName, UUID officialId, String officialName) {
    }

    /** FileCode (Appendix VI): OrganId, FileCatalog (the year) and FileNotation, joined by dots. */
    static String fileCode(String organId, int fileCatalog, String fileNotation) {
        return organId + "." + fileCatalog + "." + fileNotation;
    }

    static boolean validNotation(String notation) {
        return notation != null && NOTATION.matcher(notation).matches();
    }

    /** Art. 30: within one year after the work ends. */
    static LocalDate transferDue(LocalDate endDate) {
        return endDate.plusYears(TRANSFER_WITHIN_YEARS);
    }

    /** Due for transfer within the notice period (or already overdue) and not yet transferred. */
    static boolean dueForTransferSoon(LocalDate transferDue, LocalDate today) {
        return transferDue != null && !transferDue.isAfter(today.plusDays(TRANSFER_NOTICE_DAYS));
    }

    /** Mở hồ sơ: the official who handles the matter opens the planned file. */
    void open(Actor opener, LocalDate today) {
        if (status != RecordFileStatus.PLANNED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        this.status = RecordFileStatus.OPEN;
        this.creatorOfficialId = opener.officialId();
        this.creatorName = opener.name();
        this.startDate = today;
    }

    /**
     * Links a document into the open file, then renumbers the file so DocOrdinal follows the
     * documents' dates: a document dated before others already in the file takes its place among them.
     */
    RecordFileDocument attach(FiledDocumentKind kind, UUID documentId, LocalDate documentDate, Instant documentAt,
                              Actor by, Instant now) {
        requireOpen();
        if (documents.stream().anyMatch(d -> d.documentKind() == kind && d.documentId().equals(documentId))) {
            throw new DocumentException(DocumentError.DOC_ALREADY_IN_FILE);
        }
        var link = new RecordFileDocument(kind, documentId, documentDate, documentAt, by.name(), now);
        documents.add(link);
        renumber();
        return link;
    }

    /** Removes a document from the open file; the others close up. */
    RecordFileDocument detach(UUID linkId) {
        requireOpen();
        var link = documents.stream().filter(d -> d.id().equals(linkId)).findFirst()
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_FILE_LINK));
        documents.remove(link);
        renumber();
        return link;
    }

    /** Kết thúc hồ sơ: the work ended on {@code endDate} (today when absent); due for transfer a year later. */
    void close(LocalDate endDate, LocalDate today) {
        requireOpen();
        LocalDate end = endDate == null ? today : endDate;
        if (end.isBefore(startDate) || end.isAfter(today)) {
            throw new DocumentException(DocumentError.DOC_FILE_END_DATE_OUT_OF_RANGE);
        }
        this.status = RecordFileStatus.CLOSED;
        this.endDate = end;
        this.transferDue = transferDue(end);
    }

    private void requireOpen() {
        if (status != RecordFileStatus.OPEN) {
            throw new DocumentException(DocumentError.DOC_FILE_NOT_OPEN);
        }
    }

    void renumber() {
        var ordered = new ArrayList<>(documents);
        ordered.sort(RecordFileDocument.CHRONOLOGICAL);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).numbered(i + 1);
        }
    }

    /** The links in DocOrdinal order. */
    List<RecordFileDocument> documents() {
        var ordered = new ArrayList<>(documents);
        ordered.sort(java.util.Comparator.comparingInt(RecordFileDocument::docOrdinal));
        return ordered;
    }

    boolean isResponsible(Viewer viewer) {
        return Objects.equals(viewer.officialId(), responsibleOfficialId)
                || Objects.equals(viewer.officialId(), creatorOfficialId)
                || (responsibleOfficialId == null && responsibleDepartmentId != null
                    && responsibleDepartmentId.equals(viewer.departmentId()));
    }

    String fileCode() {
        return fileCode(organId, fileCatalog, fileNotation);
    }

    UUID id() { return id; }
    UUID agencyId() { return agencyId; }
    String organId() { return organId; }
    int fileCatalog() { return fileCatalog; }
    String fileNotation() { return fileNotation; }
    String title() { return title; }
    String maintenance() { return maintenance; }
    String rights() { return rights; }
    String language() { return language; }
    String description() { return description; }
    UUID responsibleDepartmentId() { return responsibleDepartmentId; }
    String responsibleDepartmentName() { return responsibleDepartmentName; }
    UUID responsibleOfficialId() { return responsibleOfficialId; }
    String responsibleOfficialName() { return responsibleOfficialName; }
    String plannedByName() { return plannedByName; }
    RecordFileStatus status() { return status; }
    String creatorName() { return creatorName; }
    LocalDate startDate() { return startDate; }
    LocalDate endDate() { return endDate; }
    LocalDate transferDue() { return transferDue; }
    Instant createdAt() { return createdAt; }
}
