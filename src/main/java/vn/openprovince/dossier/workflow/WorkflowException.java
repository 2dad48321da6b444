package vn.openprovince.dossier.workflow;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rejected workflow operation; rendered as an RFC 9457 problem detail with its code and field. */
public class WorkflowException extends ErrorResponseException {

    private final WorkflowError error;

    public WorkflowException(WorkflowError error, Object... arguments) {
        this(error.field(), error, arguments);
    }

    /** With the input field at fault when it is more precise than the error's own. */
    public static WorkflowException onField(String field, WorkflowError error, Object... arguments) {
        return new WorkflowException(field, error, arguments);
    }

    private WorkflowException(String field, WorkflowError error, Object[] arguments) {
        super(error.status(), problem(error, field), null, "error." + error.name(), arguments);
        this.error = error;
    }

    public WorkflowError error() {
        return error;
    }

    private static ProblemDetail problem(WorkflowError error, String field) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", field);
        return problem;
    }
}
