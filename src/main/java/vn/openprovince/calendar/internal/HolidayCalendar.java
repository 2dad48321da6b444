package vn.openprovince.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.HolidayKind;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/**
 * The effective days off: holidays by rule overridden date by date by the official schedule. It reads the
 * schedule of each year once and remembers it, so it is meant to live for one calculation (not shared
 * between threads, never stale across schedule changes).
 */
final class HolidayCalendar {

    private final HolidayRules rules;
    private final ScheduleSource schedule;
    private final Set<DayOfWeek> workingWeek;
    private final Map<Integer, EffectiveYear> years = new HashMap<>();

    HolidayCalendar(HolidayRules rules, ScheduleSource schedule, Set<DayOfWeek> workingWeek) {
        this.rules = rules;
        this.schedule = schedule;
        this.workingWeek = workingWeek;
    }

    boolean isWorkingDay(LocalDate date) {
        EffectiveYear year = year(date.getYear());
        if (year.workingDays().contains(date)) {
            return true;
        }
        return !year.daysOff().containsKey(date) && workingWeek.contains(date.getDayOfWeek());
    }

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The effective days off of a year, sorted by date. */
    List<Holiday> holidays(int year) {
        return year(year).daysOff().values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    private EffectiveYear year(int year) {
        return years.computeIfAbsent(year, this::effectiveYear);
    }

    private EffectiveYear effectiveYear(int year) {
        Map<LocalDate, Holiday> daysOff = new HashMap<>();
        rules.forYear(year).forEach(holiday -> daysOff.put(holiday.date(), holiday));
        Set<LocalDate> workingDays = new HashSet<>();
        for (ScheduleDay day : schedule.daysOf(year)) {
            if (day.kind() == ScheduleDayKind.WORKING_DAY) {
                daysOff.remove(day.date());
                workingDays.add(day.date());
            } else {
                daysOff.put(day.date(), new Holiday(day.date(), day.name(), HolidayKind.OFFICIAL_SCHEDULE));
            }
        }
        return new EffectiveYear(daysOff, workingDays);
    }

    private record EffectiveYear(Map<LocalDate, Holiday> daysOff, Set<LocalDate> workingDays) {
    }
}
