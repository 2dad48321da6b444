package vn.openprovince.document;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rejected document operation; rendered as an RFC 9457 problem detail with its code and field. */
public class DocumentException extends ErrorResponseException {

    private final DocumentError error;

    public DocumentException(DocumentError error, Object... arguments) {
        this(error, Map.of(), arguments);
    }

    /** With extra problem properties, e.g. the documents a duplicate warning points at. */
    public DocumentException(DocumentError error, Map<String, Object> properties, Object... arguments) {
        super(error.status(), problem(error, properties), null, "error." + error.name(), arguments);
        this.error = error;
    }

    public DocumentError error() {
        return error;
    }

    private static ProblemDetail problem(DocumentError error, Map<String, Object> properties) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", error.field());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
