package vn.openprovince.dossier.workflow;

import org.springframework.http.HttpStatus;

/** Error codes of the processing workflows; each has a localised message {@code error.<CODE>}. */
public enum WorkflowError {
    WORKFLOW_NO_STEPS(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_SHARES_EXCEED(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_SHARE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_STEP_KEY_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_STEP_KEY_DUPLICATE(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_STEP_NAME_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_ROLE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_AGENCY_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "steps"),
    WORKFLOW_BPMN_UNREADABLE(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_BPMN_NO_START(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_BPMN_NO_END(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_BPMN_TASK_WITHOUT_GROUP(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_BPMN_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_TASK_UNKNOWN(HttpStatus.NOT_FOUND, "id"),
    WORKFLOW_TASK_HELD_BY_OTHER(HttpStatus.CONFLICT, "id"),
    WORKFLOW_TASK_NOT_CLAIMED(HttpStatus.CONFLICT, "id"),
    WORKFLOW_DECISION_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "decision"),
    WORKFLOW_DOCUMENT_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "file"),
    WORKFLOW_DOCUMENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "file"),
    WORKFLOW_NOT_ADMIN(HttpStatus.FORBIDDEN, "procedureCode"),
    WORKFLOW_UPLOAD_SYSTEM_ADMIN_ONLY(HttpStatus.FORBIDDEN, "file"),
    WORKFLOW_DOSSIER_UNKNOWN(HttpStatus.NOT_FOUND, "code");

    private final HttpStatus status;
    private final String field;

    WorkflowError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
