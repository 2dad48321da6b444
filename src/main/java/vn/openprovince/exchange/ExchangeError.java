package vn.openprovince.exchange;

import org.springframework.http.HttpStatus;

/** Error codes of the document exchange; each has a localised message {@code error.<CODE>}. */
public enum ExchangeError {
    EXC_MALFORMED_XML(HttpStatus.BAD_REQUEST, "package"),
    EXC_WRONG_NAMESPACE(HttpStatus.BAD_REQUEST, "package"),
    EXC_MISSING_PREFIX(HttpStatus.BAD_REQUEST, "package"),
    EXC_MISSING_ELEMENT(HttpStatus.BAD_REQUEST, "package"),
    EXC_INVALID_DATE(HttpStatus.BAD_REQUEST, "package"),
    EXC_INVALID_VALUE(HttpStatus.BAD_REQUEST, "package"),
    EXC_INVALID_DOCUMENT_ID(HttpStatus.BAD_REQUEST, "DocumentId"),
    EXC_INVALID_ORGAN_ID(HttpStatus.BAD_REQUEST, "OrganId"),
    EXC_UNKNOWN_RECIPIENT(HttpStatus.UNPROCESSABLE_CONTENT, "To"),
    EXC_UNKNOWN_SENDER(HttpStatus.FORBIDDEN, "From"),
    EXC_MISSING_SIGNATURE(HttpStatus.BAD_REQUEST, "Signature"),
    EXC_BAD_SIGNATURE(HttpStatus.FORBIDDEN, "Signature"),
    EXC_UNTRUSTED_SIGNER(HttpStatus.FORBIDDEN, "Signature"),
    EXC_PACKAGE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "package"),
    EXC_UNKNOWN_DOCUMENT(HttpStatus.NOT_FOUND, "DocumentId"),
    EXC_UNKNOWN_AGENCY(HttpStatus.NOT_FOUND, "organId"),
    EXC_AGENCY_ON_THIS_PLATFORM(HttpStatus.CONFLICT, "organId"),
    EXC_INVALID_ENDPOINT(HttpStatus.BAD_REQUEST, "endpoint"),
    EXC_UNKNOWN_DELIVERY(HttpStatus.NOT_FOUND, "deliveryId"),
    EXC_DELIVERY_NOT_DEAD(HttpStatus.CONFLICT, "deliveryId"),
    EXC_UNKNOWN_ARRIVAL(HttpStatus.NOT_FOUND, "arrivalId"),
    EXC_ARRIVAL_ALREADY_REGISTERED(HttpStatus.CONFLICT, "arrivalId"),
    EXC_INVALID_IMPORT(HttpStatus.BAD_REQUEST, "file"),
    EXC_NO_RECALL_REQUESTED(HttpStatus.CONFLICT, "arrivalId"),
    EXC_NO_CHANGE_REQUESTED(HttpStatus.CONFLICT, "arrivalId"),
    EXC_UPDATE_AFTER_REGISTRATION(HttpStatus.CONFLICT, "arrivalId"),
    EXC_NOT_SENT(HttpStatus.CONFLICT, "documentId"),
    EXC_INVALID_PERIOD(HttpStatus.BAD_REQUEST, "from"),
    EXC_NATIONAL_UNAVAILABLE(HttpStatus.BAD_GATEWAY, "national"),
    EXC_NATIONAL_NOT_CONFIGURED(HttpStatus.CONFLICT, "national"),
    EXC_DOCUMENT_RECALLED(HttpStatus.GONE, "arrivalId");

    private final HttpStatus status;
    private final String field;

    ExchangeError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The input field (or edXML element) the error belongs to. */
    public String field() {
        return field;
    }
}
