package vn.openprovince.calendar.internal;

import java.util.Optional;
import vn.openprovince.calendar.WorkingCalendar;

/** Gives tests outside this package the province calendar on an in-memory schedule and default hours. */
public final class ProvinceWorkingCalendarFixture {

    private final WorkingCalendar calendar;

    ProvinceWorkingCalendarFixture(InMemorySchedule schedule) {
        this.calendar = new ProvinceWorkingCalendar(CalendarSettings.defaults(), schedule, agency -> Optional.empty());
    }

    public WorkingCalendar workingCalendar() {
        return calendar;
    }
}
