package vn.openprovince.document;

import org.springframework.http.HttpStatus;

/** Error codes of the document module; each has a localised message {@code error.<CODE>}. */
public enum DocumentError {
    DOC_UNKNOWN_DOCUMENT(HttpStatus.NOT_FOUND, "id"),
    DOC_MISSING_FILE(HttpStatus.BAD_REQUEST, "file"),
    DOC_FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "file"),
    DOC_NOT_A_PDF(HttpStatus.BAD_REQUEST, "file"),
    DOC_CORRUPT_PDF(HttpStatus.BAD_REQUEST, "file"),
    DOC_ENCRYPTED_PDF(HttpStatus.BAD_REQUEST, "file"),
    DOC_UNSUPPORTED_FILE(HttpStatus.BAD_REQUEST, "file"),
    DOC_MISSING_METADATA(HttpStatus.BAD_REQUEST, "metadata"),
    DOC_INVALID_METADATA(HttpStatus.BAD_REQUEST, "metadata"),
    DOC_MISSING_ISSUER(HttpStatus.BAD_REQUEST, "issuerName"),
    DOC_UNKNOWN_ISSUER(HttpStatus.UNPROCESSABLE_CONTENT, "issuerCode"),
    DOC_MISSING_NUMBER_AND_SYMBOL(HttpStatus.BAD_REQUEST, "numberAndSymbol"),
    DOC_MISSING_DOCUMENT_DATE(HttpStatus.BAD_REQUEST, "documentDate"),
    DOC_DOCUMENT_DATE_IN_FUTURE(HttpStatus.BAD_REQUEST, "documentDate"),
    DOC_MISSING_TYPE(HttpStatus.BAD_REQUEST, "type"),
    DOC_UNKNOWN_TYPE(HttpStatus.BAD_REQUEST, "type"),
    DOC_MISSING_SUMMARY(HttpStatus.BAD_REQUEST, "summary"),
    DOC_INVALID_PAGES(HttpStatus.BAD_REQUEST, "pages"),
    DOC_INVALID_ADVISORY_BODY(HttpStatus.BAD_REQUEST, "advisoryBody"),
    DOC_REPLY_DEADLINE_BEFORE_ARRIVAL(HttpStatus.BAD_REQUEST, "replyDeadline"),
    DOC_DUPLICATE(HttpStatus.CONFLICT, "duplicateReason"),
    DOC_NOT_A_CLERK(HttpStatus.FORBIDDEN, "agencyId"),
    DOC_NOT_AN_OFFICIAL(HttpStatus.FORBIDDEN, "user"),
    DOC_LEAD_UNIT_REQUIRED(HttpStatus.BAD_REQUEST, "lead"),
    DOC_UNKNOWN_DEPARTMENT(HttpStatus.UNPROCESSABLE_CONTENT, "departmentId"),
    DOC_DEPARTMENT_TWICE(HttpStatus.BAD_REQUEST, "departmentId"),
    DOC_MISSING_DEADLINE(HttpStatus.BAD_REQUEST, "deadline"),
    DOC_DEADLINE_BEFORE_ARRIVAL(HttpStatus.BAD_REQUEST, "deadline"),
    DOC_UNKNOWN_OFFICIAL(HttpStatus.UNPROCESSABLE_CONTENT, "assigneeId"),
    DOC_ALREADY_DIRECTED(HttpStatus.CONFLICT, "status"),
    DOC_NOT_DIRECTED(HttpStatus.CONFLICT, "status"),
    DOC_NOT_YOUR_DEPARTMENT(HttpStatus.FORBIDDEN, "departmentId"),
    DOC_STEP_CLOSED(HttpStatus.CONFLICT, "status"),
    DOC_UNKNOWN_STEP(HttpStatus.NOT_FOUND, "stepId"),
    DOC_MISSING_NOTE(HttpStatus.BAD_REQUEST, "note"),
    DOC_WRONG_STATUS(HttpStatus.CONFLICT, "status"),
    DOC_REVIEWERS_REQUIRED(HttpStatus.BAD_REQUEST, "reviewerIds"),
    DOC_NOT_YOUR_TURN(HttpStatus.FORBIDDEN, "reviewer"),
    DOC_MISSING_COMMENT(HttpStatus.BAD_REQUEST, "comment"),
    DOC_RECIPIENTS_REQUIRED(HttpStatus.BAD_REQUEST, "recipients"),
    DOC_UNKNOWN_RECIPIENT(HttpStatus.UNPROCESSABLE_CONTENT, "recipients"),
    DOC_NO_AGENCY_ABBREVIATION(HttpStatus.UNPROCESSABLE_CONTENT, "agencyId"),
    DOC_NO_UNIT_ABBREVIATION(HttpStatus.UNPROCESSABLE_CONTENT, "draftingDepartmentId"),
    DOC_INVALID_ISSUING_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "agencyId"),
    DOC_MISSING_REASON(HttpStatus.BAD_REQUEST, "reason"),
    DOC_UNKNOWN_REGISTER(HttpStatus.NOT_FOUND, "kind"),
    DOC_UNKNOWN_REPLY(HttpStatus.UNPROCESSABLE_CONTENT, "replyDocumentId"),
    DOC_RECALLED(HttpStatus.GONE, "id"),
    DOC_NOT_REPLACEABLE(HttpStatus.CONFLICT, "replaces"),
    // Files (hồ sơ) and the file plan
    DOC_UNKNOWN_FILE(HttpStatus.NOT_FOUND, "id"),
    DOC_INVALID_FILE_NOTATION(HttpStatus.BAD_REQUEST, "fileNotation"),
    DOC_FILE_NOTATION_TAKEN(HttpStatus.CONFLICT, "fileNotation"),
    DOC_MISSING_FILE_TITLE(HttpStatus.BAD_REQUEST, "title"),
    DOC_MISSING_MAINTENANCE(HttpStatus.BAD_REQUEST, "maintenance"),
    DOC_INVALID_FILE_YEAR(HttpStatus.BAD_REQUEST, "year"),
    DOC_NO_ORGAN_ID(HttpStatus.UNPROCESSABLE_CONTENT, "agencyId"),
    DOC_NOT_A_FILE_KEEPER(HttpStatus.FORBIDDEN, "agencyId"),
    DOC_FILE_NOT_OPEN(HttpStatus.CONFLICT, "status"),
    DOC_ALREADY_IN_FILE(HttpStatus.CONFLICT, "documentId"),
    DOC_NOT_FILEABLE(HttpStatus.CONFLICT, "documentId"),
    DOC_DOCUMENT_OF_ANOTHER_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "documentId"),
    DOC_UNKNOWN_FILE_LINK(HttpStatus.NOT_FOUND, "linkId"),
    DOC_FILE_END_DATE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "endDate"),
    DOC_UNKNOWN_EXPORT_FORMAT(HttpStatus.BAD_REQUEST, "format"),
    // Saved searches
    DOC_MISSING_SEARCH_NAME(HttpStatus.BAD_REQUEST, "name"),
    DOC_MISSING_SEARCH_QUERY(HttpStatus.BAD_REQUEST, "q"),
    DOC_TOO_MANY_SAVED_SEARCHES(HttpStatus.CONFLICT, "name"),
    DOC_UNKNOWN_SAVED_SEARCH(HttpStatus.NOT_FOUND, "id"),
    // Attachments (phụ lục) of incoming documents
    DOC_TOO_MANY_ATTACHMENTS(HttpStatus.CONFLICT, "file"),
    DOC_UNKNOWN_ATTACHMENT(HttpStatus.NOT_FOUND, "attachmentId");

    private final HttpStatus status;
    private final String field;

    DocumentError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The input field the error belongs to, so pages can show it next to that field. */
    public String field() {
        return field;
    }
}
