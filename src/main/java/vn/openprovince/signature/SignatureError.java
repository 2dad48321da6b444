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
    SIGNATURE_UNKNOWN_TRUSTED_CERTIFICATE(HttpStatus.NOT_FOUND, "id"),
    /** The device kind a credential names has no provider, or the provider is not configured. */
    SIGNATURE_DEVICE_NOT_CONFIGURED(HttpStatus.SERVICE_UNAVAILABLE, "device"),
    /** The credential names a key (label, id) that the token or the signing service does not hold. */
    SIGNATURE_KEY_NOT_ON_DEVICE(HttpStatus.UNPROCESSABLE_CONTENT, "keyReference"),
    /** The remote signing service could not be reached or did not answer in time. */
    SIGNATURE_REMOTE_UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE, "device"),
    /** The remote signing service answered with an error status ({0}). */
    SIGNATURE_REMOTE_REFUSED(HttpStatus.BAD_GATEWAY, "device"),
    /** The remote signing service answered with something that is not a signature and a certificate chain. */
    SIGNATURE_REMOTE_INVALID_RESPONSE(HttpStatus.BAD_GATEWAY, "device"),
    /** The signature value does not verify with the public key of the signer's certificate. */
    SIGNATURE_VALUE_MISMATCH(HttpStatus.BAD_GATEWAY, "device"),
    /** The device now holds another certificate than the one enrolled for the signatory. */
    SIGNATURE_DEVICE_CERTIFICATE_CHANGED(HttpStatus.CONFLICT, "device");

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
