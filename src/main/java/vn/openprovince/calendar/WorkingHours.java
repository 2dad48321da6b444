package vn.openprovince.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The daily working hours (giờ làm việc) of an agency: a morning and an afternoon session.
 *
 * @param morningStart   start of the morning session, e.g. 07:30
 * @param morningEnd     end of the morning session, e.g. 11:30
 * @param afternoonStart start of the afternoon session, e.g. 13:30
 * @param afternoonEnd   end of the afternoon session and of the working day, e.g. 17:00
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
                           LocalTime afternoonEnd) {

    public WorkingHours {
        Objects.requireNonNull(morningStart, "morningStart");
        Objects.requireNonNull(morningEnd, "morningEnd");
        Objects.requireNonNull(afternoonStart, "afternoonStart");
        Objects.requireNonNull(afternoonEnd, "afternoonEnd");
        if (!morningStart.isBefore(morningEnd) || afternoonStart.isBefore(morningEnd)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("Working hours must be two ordered sessions: %s-%s, %s-%s"
                    .formatted(morningStart, morningEnd, afternoonStart, afternoonEnd));
        }
    }
}
