package vn.openprovince.catalog;

import java.time.LocalTime;

/**
 * Thời hạn giải quyết: the legal processing time and when the clock starts. A dossier received outside
 * working hours always counts from the next working day; a procedure may also set an earlier cut-off
 * (e.g. certification: received after 15:00 → next working day, Decree 23/2015 Art. 21).
 *
 * @param amount  working days or hours; 0 means the result is returned on the day of reception
 * @param cutoff  the time of day after which reception counts from the next working day, or {@code null}
 * @param note    a short remark (e.g. "kể từ ngày nhận đủ hồ sơ hợp lệ"), or {@code null}
 */
public record ProcessingTime(int amount, ProcessingTimeUnit unit, LocalTime cutoff, String note) {

    public ProcessingTime {
        if (amount < 0) {
            throw new IllegalArgumentException("processing time must not be negative");
        }
        if (unit == null) {
            throw new IllegalArgumentException("processing time unit is required");
        }
    }
}
