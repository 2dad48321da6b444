package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Việc cần xử lý: one thing the official has to do, with its deadline.
 *
 * @param action   what to do: DIRECT, PROCESS, ASSIGN, REVIEW, REVISE, ISSUE, REGISTER
 * @param urgent   an urgent incoming document (Khẩn and above): shown as an alert
 */
public record InboxItem(String action, String kind, UUID documentId, String title, String reference,
                        LocalDate deadline, boolean overdue, boolean dueSoon, boolean urgent, String urgency) {
}
