package vn.openprovince.calendar.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;

/**
 * Renders the calendar controllers' failures as RFC 9457 problem details that always carry a {@code code}:
 * request parameters Spring cannot bind become {@code CALENDAR_INVALID_REQUEST}, and the detail is localised
 * from {@code error.<code>}. Ordered first so it wins over a platform-wide handler for these controllers.
 */
@RestControllerAdvice(assignableTypes = {PublicCalendarController.class, ScheduleController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

    private final MessageSource messages;

    CalendarProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CalendarException.class)
    ResponseEntity<ProblemDetail> calendarFailure(CalendarException failure) {
        ProblemDetail body = failure.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        return ResponseEntity.status(failure.getStatusCode()).headers(failure.getHeaders()).body(body);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException failure) {
        return calendarFailure(invalidRequest(failure.getParameterName() + " is missing.",
                failure.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformedParameter(MethodArgumentTypeMismatchException failure) {
        return calendarFailure(invalidRequest(failure.getName() + " has an invalid value.", failure.getName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException failure) {
        return calendarFailure(invalidRequest("The request body cannot be read.", "body"));
    }

    private static CalendarException invalidRequest(String detail, String parameter) {
        return new CalendarException(CalendarError.INVALID_REQUEST, detail, parameter);
    }
}
