package vn.openprovince.calendar;

import java.util.Arrays;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A calendar operation that cannot be carried out. Rendered as an RFC 9457 problem detail with the
 * error's {@code code} property; the detail text is localised from the message key {@code error.<code>}
 * with the given arguments, and falls back to the English detail given here.
 */
public class CalendarException extends ErrorResponseException {

    private final CalendarError error;

    public CalendarException(CalendarError error, String detail, Object... detailArguments) {
        // Arguments as text, so a message bundle shows 3650 rather than a locale's grouping such as 3.650.
        super(error.status(), problem(error, detail), null, "error." + error.code(),
                Arrays.stream(detailArguments).map(String::valueOf).toArray());
        this.error = error;
    }

    private static ProblemDetail problem(CalendarError error, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(error.status(), detail);
        problem.setTitle(error.title());
        problem.setProperty("code", error.code());
        return problem;
    }

    public CalendarError error() {
        return error;
    }

    @Override
    public String getMessage() {
        return error.code() + ": " + getBody().getDetail();
    }
}
