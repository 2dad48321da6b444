package vn.openprovince.dossier.report;

import org.springframework.http.HttpStatus;

/** Error codes of the registers and statistics; each has a localised message {@code error.<CODE>}. */
public enum ReportError {
    DOSSIER_REPORT_PERIOD_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "from"),
    DOSSIER_REPORT_PERIOD_TOO_LONG(HttpStatus.UNPROCESSABLE_CONTENT, "to"),
    DOSSIER_REPORT_AGENCY_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "agency"),
    DOSSIER_REPORT_FORMAT_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "format"),
    DOSSIER_REPORT_TOO_LARGE(HttpStatus.UNPROCESSABLE_CONTENT, "to");

    private final HttpStatus status;
    private final String field;

    ReportError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
