package vn.openprovince.dossier;

import org.springframework.http.HttpStatus;

/** Error codes of the dossier module; each has a localised message {@code error.<CODE>}. */
public enum DossierError {
    DOSSIER_UNKNOWN_PROCEDURE(HttpStatus.UNPROCESSABLE_CONTENT, "procedureCode"),
    DOSSIER_NOT_ONLINE(HttpStatus.UNPROCESSABLE_CONTENT, "procedureCode"),
    DOSSIER_INVALID_FORM(HttpStatus.BAD_REQUEST, "form"),
    DOSSIER_FIELD_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "data"),
    DOSSIER_FIELD_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "data"),
    DOSSIER_MISSING_COMPONENT(HttpStatus.UNPROCESSABLE_CONTENT, "components"),
    DOSSIER_UNKNOWN_COMPONENT(HttpStatus.UNPROCESSABLE_CONTENT, "components"),
    DOSSIER_FILE_TYPE_REFUSED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "components"),
    DOSSIER_FILE_CONTENT_MISMATCH(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "components"),
    DOSSIER_FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "components"),
    DOSSIER_NOT_A_CITIZEN(HttpStatus.FORBIDDEN, "applicant"),
    DOSSIER_UNKNOWN(HttpStatus.NOT_FOUND, "code"),
    DOSSIER_DRAFT_CHANGED(HttpStatus.CONFLICT, "draftVersion"),
    DOSSIER_NO_RECEIVING_CENTRE(HttpStatus.UNPROCESSABLE_CONTENT, "procedureCode"),
    DOSSIER_WRONG_STATE(HttpStatus.CONFLICT, "state"),
    DOSSIER_ALREADY_ACCEPTED(HttpStatus.CONFLICT, "state"),
    DOSSIER_ALREADY_EXTENDED(HttpStatus.CONFLICT, "appointmentDate"),
    DOSSIER_CLOCK_NOT_RUNNING(HttpStatus.CONFLICT, "state"),
    DOSSIER_NOT_RECEIVING_OFFICER(HttpStatus.FORBIDDEN, "code"),
    DOSSIER_NOT_AN_OFFICIAL(HttpStatus.FORBIDDEN, "code"),
    DOSSIER_ITEMS_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "items"),
    DOSSIER_ITEM_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "items"),
    DOSSIER_REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "reasons"),
    DOSSIER_EXTENSION_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "newAppointmentDate"),
    DOSSIER_SUPPLEMENT_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT, "components"),
    DOSSIER_SUPPLEMENT_NOT_REQUESTED(HttpStatus.UNPROCESSABLE_CONTENT, "components"),
    DOSSIER_FORM_NOT_ISSUED(HttpStatus.NOT_FOUND, "form"),
    DOSSIER_NO_APPLICANT_ACCOUNT(HttpStatus.UNPROCESSABLE_CONTENT, "code"),
    DOSSIER_BAD_REQUEST(HttpStatus.BAD_REQUEST, "body"),
    DOSSIER_RESULT_NOT_APPROVED(HttpStatus.CONFLICT, "state"),
    DOSSIER_RESULT_EXISTS(HttpStatus.CONFLICT, "result"),
    DOSSIER_RESULT_MISSING(HttpStatus.CONFLICT, "result"),
    DOSSIER_RESULT_ALREADY_RELEASED(HttpStatus.CONFLICT, "result"),
    DOSSIER_RESULT_NOT_PDF(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file"),
    DOSSIER_RESULT_NOT_SIGNER(HttpStatus.FORBIDDEN, "code"),
    DOSSIER_RESULT_UNKNOWN(HttpStatus.NOT_FOUND, "verificationCode");

    private final HttpStatus status;
    private final String field;

    DossierError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The input the error belongs to; a field or component error names the exact one in the exception. */
    public String field() {
        return field;
    }
}
