package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Báo cáo tình hình giải quyết văn bản đến: for an agency and a period of arrival dates, one row per
 * department that leads (chủ trì) processing, a total row and the documents counted by status.
 *
 * @param asOf      the day overdue is measured at (today, Asia/Ho_Chi_Minh)
 * @param columns   the headings: the unit, then the six counts of a {@link Row}
 * @param statusLabels the headings of the four counts of {@link StatusCounts}
 */
public record ProcessingReport(UUID agencyId, String title, String agencyName, LocalDate from, LocalDate to,
                               LocalDate asOf, List<String> columns, List<Row> rows, Row total,
                               List<String> statusLabels, StatusCounts statuses) {

    /**
     * The lead steps of one department. Each falls in exactly one of the five counts after
     * {@code received}: done by the deadline, done after it, assigned and not yet past it, assigned
     * and past it, not yet assigned to a specialist.
     */
    public record Row(UUID departmentId, String departmentName, int received, int doneOnTime, int doneLate,
                      int inProgressOnTime, int inProgressOverdue, int notAssigned) {

        /** The counts in column order. */
        public List<Integer> counts() {
            return List.of(received, doneOnTime, doneLate, inProgressOnTime, inProgressOverdue, notAssigned);
        }
    }

    /** The agency's incoming documents of the period by status. */
    public record StatusCounts(int registered, int directed, int inProgress, int completed) {

        public List<Integer> counts() {
            return List.of(registered, directed, inProgress, completed);
        }
    }
}
