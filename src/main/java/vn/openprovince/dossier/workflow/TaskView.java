package vn.openprovince.dossier.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A task of the work queue (việc cần xử lý): an open step of a dossier's process.
 *
 * @param assignee {@code null} while claimable by the step's group
 * @param overdue  whether its due time has passed
 * @param dueSoon  whether the warning before due has fired or the due time is within a working hour
 */
public record TaskView(String id, String stepKey, String name, String dossierCode, UUID dossierId,
                       String procedureCode, String role, UUID agencyId, String assignee, Instant createdAt,
                       Instant dueAt, boolean overdue, boolean dueSoon, boolean escalated, boolean canReturn,
                       boolean canRefuse) {
}
