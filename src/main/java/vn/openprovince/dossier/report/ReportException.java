package vn.openprovince.dossier.report;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused register or statistics request; rendered as an RFC 9457 problem detail with its code and field. */
public class ReportException extends ErrorResponseException {

    private final ReportError error;

    public ReportException(ReportError error, Object... arguments) {
        super(error.status(), problem(error), null, "error." + error.name(), arguments);
        this.error = error;
    }

    public ReportError error() {
        return error;
    }

    private static ProblemDetail problem(ReportError error) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", error.field());
        return problem;
    }
}
