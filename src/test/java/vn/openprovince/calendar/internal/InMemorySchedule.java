package vn.openprovince.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.OfficialSchedule;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/** An official schedule kept in a list, for tests without a database (not audited). */
public final class InMemorySchedule implements OfficialSchedule, ScheduleSource {

    private final List<ScheduleDay> days = new ArrayList<>();

    InMemorySchedule dayOff(LocalDate date, String name) {
        add(date, ScheduleDayKind.DAY_OFF, name);
        return this;
    }

    InMemorySchedule workingDay(LocalDate date) {
        add(date, ScheduleDayKind.WORKING_DAY, "Làm việc bù");
        return this;
    }

    /** A working calendar with default settings and hours that reads this schedule. */
    public ProvinceWorkingCalendarFixture calendar() {
        return new ProvinceWorkingCalendarFixture(this);
    }

    public synchronized void clear() {
        days.clear();
    }

    @Override
    public synchronized List<ScheduleDay> daysOf(int year) {
        return days.stream().filter(day -> day.date().getYear() == year)
                .sorted(Comparator.comparing(ScheduleDay::date)).toList();
    }

    @Override
    public synchronized ScheduleDay add(LocalDate date, ScheduleDayKind kind, String name) {
        if (days.stream().anyMatch(day -> day.date().equals(date))) {
            throw new CalendarException(CalendarError.SCHEDULE_DAY_EXISTS, "exists", date);
        }
        var day = new ScheduleDay(UUID.randomUUID(), date, kind, name);
        days.add(day);
        return day;
    }

    @Override
    public synchronized void remove(LocalDate date) {
        if (!days.removeIf(day -> day.date().equals(date))) {
            throw new CalendarException(CalendarError.SCHEDULE_DAY_NOT_FOUND, "not found", date);
        }
    }

    @Override
    public synchronized int removeYear(int year) {
        int before = days.size();
        days.removeIf(day -> day.date().getYear() == year);
        return before - days.size();
    }
}
