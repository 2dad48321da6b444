package vn.openprovince.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.openprovince.calendar.WorkingHours;

/**
 * Settings of the calendar module ({@code openprovince.calendar.*}). Missing values take the defaults:
 * zone Asia/Ho_Chi_Minh, working week Monday to Friday, sessions 07:30–11:30 and 13:30–17:00 (used when
 * neither the agency nor the province has a row in {@code working_hours}), and a default reception cut-off
 * of 15:00 (the example of DOMAIN §9; each procedure may set its own).
 */
@ConfigurationProperties("openprovince.calendar")
public record CalendarSettings(ZoneId zone, Set<DayOfWeek> workingWeek, LocalTime morningStart,
                               LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd,
                               LocalTime defaultCutoff) {

    public CalendarSettings {
        zone = zone != null ? zone : ZoneId.of("Asia/Ho_Chi_Minh");
        workingWeek = workingWeek != null && !workingWeek.isEmpty()
                ? Set.copyOf(workingWeek)
                : Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        morningStart = morningStart != null ? morningStart : LocalTime.of(7, 30);
        morningEnd = morningEnd != null ? morningEnd : LocalTime.of(11, 30);
        afternoonStart = afternoonStart != null ? afternoonStart : LocalTime.of(13, 30);
        afternoonEnd = afternoonEnd != null ? afternoonEnd : LocalTime.of(17, 0);
        defaultCutoff = defaultCutoff != null ? defaultCutoff : LocalTime.of(15, 0);
        // Fail at start-up, not at the first deadline, when the configured sessions are out of order.
        new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }

    /** Every value at its default. */
    public static CalendarSettings defaults() {
        return new CalendarSettings(null, null, null, null, null, null, null);
    }

    WorkingHours defaultWorkingHours() {
        return new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }

    Optional<LocalTime> cutoff() {
        return Optional.of(defaultCutoff);
    }
}
