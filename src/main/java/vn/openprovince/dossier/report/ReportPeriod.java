package vn.openprovince.dossier.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Kỳ báo cáo: whole local days {@code from}..{@code to} (both included) in Asia/Ho_Chi_Minh, at most 366 days.
 * Without dates it is the current month up to today.
 */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_DAYS = 366;

    static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
        LocalDate start = from != null ? from : (to != null ? to : today).withDayOfMonth(1);
        LocalDate end = to != null ? to : (from != null && from.isAfter(today) ? from : today);
        if (end.isBefore(start)) {
            throw new ReportException(ReportError.DOSSIER_REPORT_PERIOD_INVALID);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new ReportException(ReportError.DOSSIER_REPORT_PERIOD_TOO_LONG, MAX_DAYS);
        }
        return new ReportPeriod(start, end, zone);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }
}
