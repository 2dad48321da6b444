package vn.openprovince.signature;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rejected signature operation; rendered as an RFC 9457 problem detail with its code. */
public class SignatureException extends ErrorResponseException {

    private final SignatureError error;

    public SignatureException(SignatureError error, Object... arguments) {
        this(error, null, arguments);
    }

    public SignatureException(SignatureError error, Throwable cause, Object... arguments) {
        super(error.status(), problem(error), cause, "error." + error.name(), arguments);
        this.error = error;
    }

    public SignatureError error() {
        return error;
    }

    private static ProblemDetail problem(SignatureError error) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", error.field());
        return problem;
    }
}
