package vn.openprovince.dossier.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Thống kê hồ sơ: the one-stop figures of a period, one row per competent agency and procedure, and the total.
 *
 * @param asOf the day "in progress" is measured at: the period's last day, or today while the period runs
 */
public record DossierStatistics(LocalDate from, LocalDate to, LocalDate asOf, List<Row> rows, Row total) {

    /**
     * One agency and procedure (both {@code null} on the total row).
     *
     * @param receivedOnline     accepted in the period, submitted online (tiếp nhận trực tuyến)
     * @param receivedDirect     accepted in the period, received at a counter (trực tiếp)
     * @param resolvedEarly      result ready in the period before the appointment date (trước hạn)
     * @param resolvedOnTime     result ready on the appointment date (đúng hạn)
     * @param resolvedLate       result ready after the appointment date (quá hạn)
     * @param inProgressOnTime   accepted, not finished at {@code asOf}, appointment not passed (đang xử lý trong hạn)
     * @param inProgressOverdue  accepted, not finished at {@code asOf}, appointment passed (đang xử lý quá hạn)
     * @param supplements        dossiers asked for a supplement in the period (yêu cầu bổ sung)
     * @param refusals           dossiers refused in the period (từ chối)
     * @param averageWorkingDays the mean working days from acceptance to result ready of the resolved ones, one
     *                           decimal; {@code null} when none was resolved
     */
    public record Row(UUID agencyId, String agencyName, String procedureCode, String procedureName, int receivedOnline,
                      int receivedDirect, int resolvedEarly, int resolvedOnTime, int resolvedLate, int inProgressOnTime,
                      int inProgressOverdue, int supplements, int refusals, Double averageWorkingDays) {

        public int received() {
            return receivedOnline + receivedDirect;
        }

        public int resolved() {
            return resolvedEarly + resolvedOnTime + resolvedLate;
        }
    }
}
