package vn.openprovince.rating;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused rating operation; an RFC 9457 problem detail with its code and the field it concerns. */
public class RatingException extends ErrorResponseException {

    private final RatingError error;
    private final String field;

    public RatingException(RatingError error, Object... arguments) {
        this(error, error.field(), arguments, true);
    }

    /** For an error about one named input, e.g. the score {@code staffAttitude}. */
    public static RatingException about(RatingError error, String field, Object... arguments) {
        return new RatingException(error, field, arguments, true);
    }

    private RatingException(RatingError error, String field, Object[] arguments, boolean named) {
        super(error.status(), problem(error, field), null, "error." + error.name(), arguments);
        this.error = error;
        this.field = field;
    }

    public RatingError error() {
        return error;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(RatingError error, String field) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", field);
        return problem;
    }
}
