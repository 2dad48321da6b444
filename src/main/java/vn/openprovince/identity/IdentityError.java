package vn.openprovince.identity;

import org.springframework.http.HttpStatus;

/** Error codes of the identity module; each has a localised message {@code error.<CODE>}. */
public enum IdentityError {
    ID_DUPLICATE_USERNAME(HttpStatus.CONFLICT, "username"),
    ID_INVALID_USERNAME(HttpStatus.BAD_REQUEST, "username"),
    ID_WEAK_PASSWORD(HttpStatus.BAD_REQUEST, "password"),
    ID_WRONG_CURRENT_PASSWORD(HttpStatus.BAD_REQUEST, "currentPassword"),
    ID_PASSWORDS_DIFFER(HttpStatus.BAD_REQUEST, "confirmation"),
    ID_UNKNOWN_ACCOUNT(HttpStatus.NOT_FOUND, "accountId"),
    ID_UNKNOWN_OFFICIAL(HttpStatus.UNPROCESSABLE_CONTENT, "officialId"),
    ID_OFFICIAL_HAS_ACCOUNT(HttpStatus.CONFLICT, "officialId"),
    ID_GRANT_OUTSIDE_SCOPE(HttpStatus.FORBIDDEN, "role"),
    ID_UNKNOWN_API_CLIENT(HttpStatus.NOT_FOUND, "clientId"),
    ID_UNKNOWN_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "agencyId"),
    ID_INVALID_CONTACT(HttpStatus.BAD_REQUEST, "contact"),
    ID_CONTACT_TAKEN(HttpStatus.CONFLICT, "contact"),
    ID_NAME_REQUIRED(HttpStatus.BAD_REQUEST, "fullName"),
    ID_INVALID_CITIZEN_ID(HttpStatus.BAD_REQUEST, "citizenId"),
    ID_INVALID_PHONE(HttpStatus.BAD_REQUEST, "phone"),
    ID_INVALID_EMAIL(HttpStatus.BAD_REQUEST, "email"),
    ID_INVALID_DATE_OF_BIRTH(HttpStatus.BAD_REQUEST, "dateOfBirth"),
    ID_INVALID_TAX_CODE(HttpStatus.BAD_REQUEST, "taxCode"),
    ID_ORGANISATION_REQUIRED(HttpStatus.BAD_REQUEST, "organisationName"),
    ID_UNKNOWN_REGISTRATION(HttpStatus.NOT_FOUND, "registrationId"),
    ID_WRONG_CODE(HttpStatus.BAD_REQUEST, "code"),
    ID_CODE_EXPIRED(HttpStatus.BAD_REQUEST, "code"),
    ID_TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "code"),
    // Sign-in through an external OpenID Connect provider (VNeID).
    ID_OIDC_NO_CITIZEN_ID(HttpStatus.UNAUTHORIZED, "oidc"),
    ID_OIDC_INVALID_CITIZEN_ID(HttpStatus.UNAUTHORIZED, "oidc"),
    ID_OIDC_NO_NAME(HttpStatus.UNAUTHORIZED, "oidc"),
    ID_OIDC_ACCOUNT_DISABLED(HttpStatus.UNAUTHORIZED, "oidc"),
    ID_OIDC_FAILED(HttpStatus.UNAUTHORIZED, "oidc"),
    // Organisations acting through authorised staff.
    ID_NOT_A_BUSINESS(HttpStatus.FORBIDDEN, "accountId"),
    ID_STAFF_CANNOT_MANAGE(HttpStatus.FORBIDDEN, "accountId"),
    ID_UNKNOWN_STAFF(HttpStatus.NOT_FOUND, "staffId"),
    ID_STAFF_REVOKED(HttpStatus.GONE, "code"),
    // Access tokens of accounts.
    ID_TOKEN_NEEDS_PASSWORD(HttpStatus.FORBIDDEN, "Authorization"),
    ID_TOKEN_NOT_PRESENTED(HttpStatus.BAD_REQUEST, "Authorization"),
    ID_UNKNOWN_TOKEN(HttpStatus.NOT_FOUND, "tokenId");

    private final HttpStatus status;
    private final String field;

    IdentityError(HttpStatus status, String field) {
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
