package vn.openprovince.dossier.workflow.internal;

/** Names of the process variables every dossier process carries. */
final class WorkflowVariables {

    static final String DOSSIER_ID = "dossierId";
    static final String DOSSIER_CODE = "dossierCode";
    static final String PROCEDURE_CODE = "procedureCode";
    static final String ACCEPTED_AT = "acceptedAt";
    /** The last decision taken, read by the gateways of the generated processes. */
    static final String DECISION = "decision";
    /** Task-local: the decision and note of the officer who completed the step. */
    static final String TASK_DECISION = "stepDecision";
    static final String TASK_NOTE = "stepNote";

    private WorkflowVariables() {
    }

    /** The agency part of a {@code ROLE:<agency>[:<department>]} group, or {@code null}. */
    static java.util.UUID agencyOf(String group) {
        String[] parts = group.split(":");
        return parts.length >= 2 ? ProcessDefinitions.parseUuid(parts[1]) : null;
    }

    static String roleOf(String group) {
        int colon = group.indexOf(':');
        return colon < 0 ? group : group.substring(0, colon);
    }
}
