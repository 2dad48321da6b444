package vn.openprovince.signature;

import org.springframework.http.HttpStatus;

/** Error codes of the signature module; each has a localised message {@code error.<CODE>}. */
public enum SignatureError {
    SIGNATURE_EMPTY_FILE(HttpStatus.BAD_REQUEST, "file"),
    SIGNATURE_FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "file"),
    SIGNATURE_NOT_A_PDF(HttpStatus.BAD_REQUEST, "file"),
    SIGNATURE_PDF_ENCRYPTED(HttpStatus.BAD_REQUEST, "file"),
    SIGNATURE_PDF_HAS_JAVASCRIPT(HttpStatus.BAD_REQUEST, "file"),
    SIGNATURE_UNKNOWN_OFFICIAL(HttpStatus.NOT_FOUND, "officialId"),
    SIGNATURE_UNKNOWN_AGENCY(HttpStatus.NOT_FOUND, "agencyId"),
    SIGNATURE_NO_SIGNING_KEY(HttpStatus.UNPROCESSABLE_CONTENT, "signatory"),
    SIGNATURE_NO_IMAGE(HttpStatus.UNPROCESSABLE_CONTENT, "image"),
    SIGNATURE_PERSONAL_SIGNATURE_MISSING(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    SIGNATURE_CERTIFICATE_NOT_USABLE(HttpStatus.UNPROCESSABLE_CONTENT, "signatory"),
    SIGNATURE_WRONG_PIN(HttpStatus.UNPROCESSABLE_CONTENT, "pin"),
    SIGNATURE_DEVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "device"),
    SIGNATURE_INVALID_IMAGE(HttpStatus.BAD_REQUEST, "image"),
    SIGNATURE_INVALID_CERTIFICATE(HttpStatus.BAD_REQUEST, "file"),
    SIGNATURE_DUPLICATE_TRUSTED_CERTIFICATE(HttpStatus.CONFLICT, "file"),
    SIGNATURE_UNKNOWN_TRUSTED_CERTIFICATE(HttpStatus.NOT_FOUND, "id");

    private final HttpStatus status;
    private final String field;

    SignatureError(HttpStatus status, String field) {
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
