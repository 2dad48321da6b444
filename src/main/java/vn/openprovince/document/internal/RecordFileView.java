package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A file (hồ sơ) with the Appendix VI fields and its documents in DocOrdinal order, as the caller may
 * see them: documents the caller is not cleared for are counted in {@code withheldDocuments}, not listed.
 *
 * @param fileCode           OrganId.FileCatalog.FileNotation
 * @param transferDue        the date by which the closed file goes to the agency archive
 * @param dueForTransferSoon closed and due for transfer within 30 days (or overdue)
 * @param docTotal           DocTotal: every document in the file, listed or withheld
 */
public record RecordFileView(UUID id, UUID agencyId, String agencyName, String fileCode, String organId,
                             int fileCatalog, String fileNotation, String title, String maintenance, String rights,
                             String language, String description, UUID responsibleDepartmentId,
                             String responsibleDepartmentName, UUID responsibleOfficialId,
                             String responsibleOfficialName, String plannedByName, RecordFileStatus status,
                             String creatorName, LocalDate startDate, LocalDate endDate, LocalDate transferDue,
                             boolean dueForTransferSoon, int docTotal, int pageTotal, int withheldDocuments,
                             List<FiledDocumentView> documents) {

    /** A document in a file. */
    public record FiledDocumentView(UUID linkId, int docOrdinal, FiledDocumentKind kind, UUID documentId,
                                    String numberAndSymbol, LocalDate documentDate, String typeName, String summary,
                                    String organName, Integer pages, String linkedByName, Instant linkedAt) {
    }
}
