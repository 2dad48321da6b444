package vn.openprovince.identity;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rejected identity operation; rendered as an RFC 9457 problem detail with its code. */
public class IdentityException extends ErrorResponseException {

    private final IdentityError error;

    public IdentityException(IdentityError error, Object... arguments) {
        super(error.status(), problem(error), null, "error." + error.name(), arguments);
        this.error = error;
    }

    public IdentityError error() {
        return error;
    }

    private static ProblemDetail problem(IdentityError error) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", error.field());
        return problem;
    }
}
