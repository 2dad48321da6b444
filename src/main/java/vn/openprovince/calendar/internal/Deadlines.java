package vn.openprovince.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import vn.openprovince.calendar.WorkingHours;

/**
 * Deadline arithmetic over one holiday calendar and one set of working hours; the rules are those written
 * on {@link vn.openprovince.calendar.WorkingCalendar}.
 */
final class Deadlines {

    private final HolidayCalendar calendar;
    private final WorkingHours hours;
    private final ZoneId zone;

    Deadlines(HolidayCalendar calendar, WorkingHours hours, ZoneId zone) {
        this.calendar = calendar;
        this.hours = hours;
        this.zone = zone;
    }

    LocalDate receptionDay(Instant received, Optional<LocalTime> cutoff) {
        LocalDateTime local = LocalDateTime.ofInstant(received, zone);
        LocalDate day = local.toLocalDate();
        return countsToday(local, cutoff) ? day : calendar.nextWorkingDay(day);
    }

    Instant afterWorkingDays(Instant start, int days, Optional<LocalTime> cutoff) {
        LocalDate day = receptionDay(start, cutoff);
        for (int counted = 0; counted < days; counted++) {
            day = calendar.nextWorkingDay(day);
        }
        return day.atTime(hours.afternoonEnd()).atZone(zone).toInstant();
    }

    Instant afterWorkingHours(Instant start, int workingHours, Optional<LocalTime> cutoff) {
        return afterWorkingTime(start, Duration.ofHours(workingHours), cutoff);
    }

    Instant afterWorkingTime(Instant start, Duration workingTime, Optional<LocalTime> cutoff) {
        LocalDateTime cursor = firstCountedMoment(LocalDateTime.ofInstant(start, zone), cutoff);
        Duration remaining = workingTime;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            boolean morning = cursor.toLocalTime().isBefore(hours.morningEnd());
            LocalDateTime sessionEnd = day.atTime(morning ? hours.morningEnd() : hours.afternoonEnd());
            Duration available = Duration.between(cursor, sessionEnd);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining).atZone(zone).toInstant();
            }
            remaining = remaining.minus(available);
            cursor = morning
                    ? day.atTime(hours.afternoonStart())
                    : calendar.nextWorkingDay(day).atTime(hours.morningStart());
        }
    }

    /** The working time from one instant to a later one, session by session. */
    Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        LocalDateTime cursor = firstCountedMoment(LocalDateTime.ofInstant(from, zone), Optional.empty());
        Duration total = Duration.ZERO;
        while (cursor.isBefore(end)) {
            LocalDate day = cursor.toLocalDate();
            boolean morning = cursor.toLocalTime().isBefore(hours.morningEnd());
            LocalDateTime sessionEnd = day.atTime(morning ? hours.morningEnd() : hours.afternoonEnd());
            total = total.plus(Duration.between(cursor, sessionEnd.isBefore(end) ? sessionEnd : end));
            cursor = morning
                    ? day.atTime(hours.afternoonStart())
                    : calendar.nextWorkingDay(day).atTime(hours.morningStart());
        }
        return total;
    }

    /** Whether something received at this local moment is received today (rather than the next working day). */
    private boolean countsToday(LocalDateTime local, Optional<LocalTime> cutoff) {
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(local.toLocalDate())
                && cutoff.map(time::isBefore).orElse(true)
                && time.isBefore(hours.afternoonEnd());
    }

    /** The moment working hours start counting: inside a session, or at the start of the next one. */
    private LocalDateTime firstCountedMoment(LocalDateTime local, Optional<LocalTime> cutoff) {
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!countsToday(local, cutoff)) {
            return calendar.nextWorkingDay(day).atTime(hours.morningStart());
        }
        if (time.isBefore(hours.morningStart())) {
            return day.atTime(hours.morningStart());
        }
        if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
            return day.atTime(hours.afternoonStart());
        }
        return local;
    }
}
