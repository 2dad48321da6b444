package vn.openprovince.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/** An official schedule kept in a list, for tests without a database. */
final class InMemorySchedule implements ScheduleSource {

    private final List<ScheduleDay> days = new ArrayList<>();

    InMemorySchedule dayOff(LocalDate date, String name) {
        days.add(new ScheduleDay(UUID.randomUUID(), date, ScheduleDayKind.DAY_OFF, name));
        return this;
    }

    InMemorySchedule workingDay(LocalDate date) {
        days.add(new ScheduleDay(UUID.randomUUID(), date, ScheduleDayKind.WORKING_DAY, "Làm việc bù"));
        return this;
    }

    @Override
    public List<ScheduleDay> daysOf(int year) {
        return days.stream().filter(day -> day.date().getYear() == year).toList();
    }
}
