package vn.openprovince.dossier.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * Bước xử lý: one user task of a dossier's process.
 *
 * @param agencyId    the agency whose officers hold the step
 * @param assignee    the username of who took it, {@code null} while it waits in the group queue
 * @param completedAt {@code null} while open
 * @param decision    the decision recorded on completion (e.g. {@code APPROVE}, {@code RETURN}), else {@code null}
 */
public record WorkflowStep(String taskId, String stepKey, String name, String role, UUID agencyId, String assignee,
                           Instant createdAt, Instant dueAt, Instant completedAt, String decision, String note) {
}
