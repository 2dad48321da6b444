package vn.openprovince.organization;

import org.springframework.http.HttpStatus;

/** Error codes of the organisation module; each has a localised message {@code error.<CODE>}. */
public enum OrganizationError {
    ORG_UNKNOWN_UNIT(HttpStatus.NOT_FOUND, "unitCode"),
    ORG_UNKNOWN_PARENT_UNIT(HttpStatus.UNPROCESSABLE_CONTENT, "parentCode"),
    ORG_DUPLICATE_UNIT_CODE(HttpStatus.CONFLICT, "code"),
    ORG_INVALID_UNIT_CODE(HttpStatus.BAD_REQUEST, "code"),
    ORG_UNKNOWN_LEVEL(HttpStatus.UNPROCESSABLE_CONTENT, "levelCode"),
    ORG_UNKNOWN_AGENCY(HttpStatus.NOT_FOUND, "agencyId"),
    ORG_UNKNOWN_PARENT_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "parentId"),
    ORG_INVALID_IDENTIFIER_CODE(HttpStatus.BAD_REQUEST, "identifierCode"),
    ORG_DUPLICATE_IDENTIFIER_CODE(HttpStatus.CONFLICT, "identifierCode"),
    ORG_INVALID_SHARING_CODE(HttpStatus.BAD_REQUEST, "sharingCode"),
    ORG_UNKNOWN_DEPARTMENT(HttpStatus.UNPROCESSABLE_CONTENT, "departmentId"),
    ORG_UNKNOWN_OFFICIAL(HttpStatus.NOT_FOUND, "officialId"),
    ORG_INVALID_VALIDITY(HttpStatus.BAD_REQUEST, "validTo");

    private final HttpStatus status;
    private final String field;

    OrganizationError(HttpStatus status, String field) {
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
