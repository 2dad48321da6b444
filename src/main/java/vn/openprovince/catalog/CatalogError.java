package vn.openprovince.catalog;

import org.springframework.http.HttpStatus;

/** Error codes of the catalogue; each has a localised message {@code error.<CODE>}. */
public enum CatalogError {
    CAT_UNKNOWN_PROCEDURE(HttpStatus.NOT_FOUND, "code"),
    CAT_UNKNOWN_VERSION(HttpStatus.NOT_FOUND, "versionId"),
    CAT_UNKNOWN_TEMPLATE(HttpStatus.NOT_FOUND, "templateId"),
    CAT_UNKNOWN_COMPONENT(HttpStatus.NOT_FOUND, "componentIndex"),
    CAT_CODE_REQUIRED(HttpStatus.BAD_REQUEST, "code"),
    CAT_INVALID_CODE(HttpStatus.BAD_REQUEST, "code"),
    CAT_DUPLICATE_CODE(HttpStatus.CONFLICT, "code"),
    CAT_NAME_REQUIRED(HttpStatus.BAD_REQUEST, "name"),
    CAT_TEXT_TOO_LONG(HttpStatus.BAD_REQUEST, "name"),
    CAT_UNKNOWN_FIELD(HttpStatus.UNPROCESSABLE_CONTENT, "fieldCode"),
    CAT_UNKNOWN_LEVEL(HttpStatus.UNPROCESSABLE_CONTENT, "levelCode"),
    CAT_UNKNOWN_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "managingAgency"),
    CAT_APPLICANTS_REQUIRED(HttpStatus.BAD_REQUEST, "applicants"),
    CAT_AUTHORITY_REQUIRED(HttpStatus.BAD_REQUEST, "competentAuthority"),
    CAT_RESULT_REQUIRED(HttpStatus.BAD_REQUEST, "resultType"),
    CAT_LEGAL_BASIS_REQUIRED(HttpStatus.BAD_REQUEST, "legalBasis"),
    CAT_INVALID_TIME(HttpStatus.BAD_REQUEST, "timeAmount"),
    CAT_INVALID_TIME_UNIT(HttpStatus.BAD_REQUEST, "timeUnit"),
    CAT_INVALID_CUTOFF(HttpStatus.BAD_REQUEST, "cutoff"),
    CAT_INVALID_ONLINE_SERVICE(HttpStatus.BAD_REQUEST, "onlineService"),
    CAT_INVALID_LEGACY_LEVEL(HttpStatus.BAD_REQUEST, "legacyLevel"),
    CAT_LEGACY_LEVEL_MISMATCH(HttpStatus.BAD_REQUEST, "legacyLevel"),
    CAT_COMPONENTS_REQUIRED(HttpStatus.BAD_REQUEST, "components"),
    CAT_COMPONENT_NAME_REQUIRED(HttpStatus.BAD_REQUEST, "components"),
    CAT_INVALID_COUNT(HttpStatus.BAD_REQUEST, "components"),
    CAT_FEE_DESCRIPTION_REQUIRED(HttpStatus.BAD_REQUEST, "fees"),
    CAT_INVALID_FEE_KIND(HttpStatus.BAD_REQUEST, "fees"),
    CAT_INVALID_AMOUNT(HttpStatus.BAD_REQUEST, "fees"),
    CAT_INVALID_BOOLEAN(HttpStatus.BAD_REQUEST, "electronicResult"),
    CAT_NO_DRAFT(HttpStatus.CONFLICT, "versionId"),
    CAT_VERSION_NOT_DRAFT(HttpStatus.CONFLICT, "versionId"),
    CAT_INVALID_EFFECTIVE_DATE(HttpStatus.BAD_REQUEST, "effectiveFrom"),
    CAT_TEMPLATE_EMPTY(HttpStatus.BAD_REQUEST, "file"),
    CAT_TEMPLATE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "file"),
    CAT_TEMPLATE_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file"),
    CAT_IMPORT_UNREADABLE(HttpStatus.BAD_REQUEST, "file"),
    CAT_IMPORT_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    CAT_IMPORT_DUPLICATE_ROW(HttpStatus.UNPROCESSABLE_CONTENT, "code"),
    CAT_IMPORT_NO_PROCEDURE_ROW(HttpStatus.UNPROCESSABLE_CONTENT, "code"),
    CAT_OUT_OF_SCOPE(HttpStatus.FORBIDDEN, "managingAgency");

    private final HttpStatus status;
    private final String field;

    CatalogError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The input field the error belongs to by default, so pages can show it next to that field. */
    public String field() {
        return field;
    }
}
