package vn.openprovince.dossier;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rejected dossier operation; rendered as an RFC 9457 problem detail with its code and the field
 * (e.g. {@code data.childName} or {@code components[1]}) it belongs to.
 */
public class DossierException extends ErrorResponseException {

    private final DossierError error;
    private final String field;

    public DossierException(DossierError error, Object... arguments) {
        this(error.field(), error, arguments);
    }

    /** With the input field at fault when it is more precise than the error's own. */
    public static DossierException onField(String field, DossierError error, Object... arguments) {
        return new DossierException(field, error, arguments);
    }

    private DossierException(String field, DossierError error, Object[] arguments) {
        super(error.status(), problem(error, field), null, "error." + error.name(), arguments);
        this.error = error;
        this.field = field;
    }

    public DossierError error() {
        return error;
    }

    /** The exact input: a form field {@code data.<name>}, a component {@code components[<index>]}, or the error's. */
    public String field() {
        return field;
    }

    private static ProblemDetail problem(DossierError error, String field) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", field);
        return problem;
    }
}
