package vn.openprovince.exchange;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rejected exchange operation or package; rendered as an RFC 9457 problem detail with its code
 * and the field (for packages: the edXML element) at fault.
 */
public class ExchangeException extends ErrorResponseException {

    private final ExchangeError error;
    private final String field;
    private final String reason;

    public ExchangeException(ExchangeError error, Object... arguments) {
        this(error.field(), error, arguments);
    }

    /** With the field (for packages: the element) at fault when it is more precise than the error's own. */
    public static ExchangeException onField(String field, ExchangeError error, Object... arguments) {
        return new ExchangeException(field, error, arguments);
    }

    private ExchangeException(String field, ExchangeError error, Object[] arguments) {
        super(error.status(), problem(error, field), null, "error." + error.name(), arguments);
        this.error = error;
        this.field = field;
        this.reason = error.name() + (field == null ? "" : " " + field)
                + (arguments.length == 0 ? "" : ": " + String.join(", ", java.util.Arrays.stream(arguments)
                .map(String::valueOf).toList()));
    }

    public ExchangeError error() {
        return error;
    }

    public String field() {
        return field;
    }

    /** A plain reason for logs and for the Description of a status 02 sent back. */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    private static ProblemDetail problem(ExchangeError error, String field) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", field);
        return problem;
    }
}
