package vn.openprovince.calendar;

import org.springframework.http.HttpStatus;

/**
 * The failures of the calendar module, each with a stable code for clients and message bundles
 * ({@code error.<code>}) and the HTTP status it maps to.
 */
public enum CalendarError {

    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid calendar request"),
    INVALID_RANGE(HttpStatus.BAD_REQUEST, "Duration out of range"),
    YEAR_NOT_SUPPORTED(HttpStatus.BAD_REQUEST, "Year not supported"),
    INVALID_LUNAR_DATE(HttpStatus.BAD_REQUEST, "Invalid lunar date"),
    INVALID_SCHEDULE_DAY(HttpStatus.BAD_REQUEST, "Invalid schedule day"),
    SCHEDULE_DAY_EXISTS(HttpStatus.CONFLICT, "Schedule day already exists"),
    SCHEDULE_DAY_NOT_FOUND(HttpStatus.NOT_FOUND, "Schedule day not found");

    private final HttpStatus status;
    private final String title;

    CalendarError(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The stable code, e.g. {@code CALENDAR_INVALID_RANGE}; never change a published one. */
    public String code() {
        return "CALENDAR_" + name();
    }

    public HttpStatus status() {
        return status;
    }

    /** A short English title for the problem detail; the localised text comes from {@code error.<code>}. */
    public String title() {
        return title;
    }
}
