package vn.openprovince.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The official yearly schedule (lịch nghỉ lễ, Tết chính thức hằng năm) that the Ministry of Home Affairs
 * announces and an administrator enters. Each entry overrides the holiday rules on its date: a
 * {@link ScheduleDayKind#DAY_OFF} makes the date a day off (so days off of Tết beyond the rule can be added),
 * a {@link ScheduleDayKind#WORKING_DAY} makes it a working day (a swapped Saturday, or a rule-based day off
 * that the announcement moved elsewhere). Dates without an entry follow the rules. Every change is audited.
 */
public interface OfficialSchedule {

    /** The entries of a solar year, by date. */
    List<ScheduleDay> daysOf(int year);

    /**
     * Adds an entry.
     *
     * @param name the Vietnamese name; required for a day off, defaulted for a working day
     * @throws CalendarException {@link CalendarError#SCHEDULE_DAY_EXISTS} if the date already has an entry,
     *                           {@link CalendarError#INVALID_SCHEDULE_DAY} if the entry is incomplete
     */
    ScheduleDay add(LocalDate date, ScheduleDayKind kind, String name);

    /**
     * Removes the entry of a date; the date follows the rules again.
     *
     * @throws CalendarException {@link CalendarError#SCHEDULE_DAY_NOT_FOUND} if the date has no entry
     */
    void remove(LocalDate date);

    /** Removes every entry of a solar year, so the whole year follows the rules again; returns how many. */
    int removeYear(int year);
}
