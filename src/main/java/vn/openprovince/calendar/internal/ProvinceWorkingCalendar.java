package vn.openprovince.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.WorkingHours;

/**
 * The province's working calendar: holiday rules, the official schedule and working hours from storage,
 * defaults from {@link CalendarSettings}. Each call reads the schedule afresh (one query per year it
 * touches), so every node sees an administrator's change at once.
 */
@Service
@Transactional(readOnly = true)
class ProvinceWorkingCalendar implements WorkingCalendar {

    private final CalendarSettings settings;
    private final ScheduleSource schedule;
    private final WorkingHoursSource storedHours;
    private final HolidayRules rules;

    ProvinceWorkingCalendar(CalendarSettings settings, ScheduleSource schedule, WorkingHoursSource storedHours) {
        this.settings = settings;
        this.schedule = schedule;
        this.storedHours = storedHours;
        this.rules = new HolidayRules(settings.workingWeek());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireSupported(date.getYear());
        return holidayCalendar().isWorkingDay(date);
    }

    @Override
    public LocalDate receptionDay(Instant received, Optional<LocalTime> cutoff, UUID agencyId) {
        Objects.requireNonNull(received, "received");
        return deadlines(agencyId).receptionDay(received, cutoff);
    }

    @Override
    public Instant deadlineInWorkingDays(Instant start, int days, Optional<LocalTime> cutoff, UUID agencyId) {
        Objects.requireNonNull(start, "start");
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw new CalendarException(CalendarError.INVALID_RANGE,
                    "The number of working days must be between 1 and %d.".formatted(MAX_WORKING_DAYS),
                    1, MAX_WORKING_DAYS);
        }
        return deadlines(agencyId).afterWorkingDays(start, days, cutoff);
    }

    @Override
    public Instant deadlineInWorkingHours(Instant start, int hours, Optional<LocalTime> cutoff, UUID agencyId) {
        Objects.requireNonNull(start, "start");
        if (hours < 1 || hours > MAX_WORKING_HOURS) {
            throw new CalendarException(CalendarError.INVALID_RANGE,
                    "The number of working hours must be between 1 and %d.".formatted(MAX_WORKING_HOURS),
                    1, MAX_WORKING_HOURS);
        }
        return deadlines(agencyId).afterWorkingHours(start, hours, cutoff);
    }

    @Override
    public java.time.Duration workingTimeBetween(Instant from, Instant to, UUID agencyId) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return deadlines(agencyId).workingTimeBetween(from, to);
    }

    @Override
    public Instant deadlineAfterWorkingTime(Instant start, java.time.Duration workingTime, Optional<LocalTime> cutoff,
                                            UUID agencyId) {
        Objects.requireNonNull(start, "start");
        if (workingTime.isNegative() || workingTime.compareTo(java.time.Duration.ofHours(MAX_WORKING_HOURS)) > 0) {
            throw new CalendarException(CalendarError.INVALID_RANGE,
                    "The number of working hours must be between 1 and %d.".formatted(MAX_WORKING_HOURS),
                    1, MAX_WORKING_HOURS);
        }
        return deadlines(agencyId).afterWorkingTime(start, workingTime, cutoff);
    }

    @Override
    public List<Holiday> holidays(int year) {
        requireSupported(year);
        return holidayCalendar().holidays(year);
    }

    @Override
    public WorkingHours workingHours(UUID agencyId) {
        Optional<WorkingHours> stored = agencyId != null ? storedHours.find(agencyId) : Optional.empty();
        return stored.or(() -> storedHours.find(null)).orElseGet(settings::defaultWorkingHours);
    }

    @Override
    public Optional<LocalTime> defaultCutoff() {
        return settings.cutoff();
    }

    @Override
    public ZoneId zone() {
        return settings.zone();
    }

    private HolidayCalendar holidayCalendar() {
        return new HolidayCalendar(rules, schedule, settings.workingWeek());
    }

    private Deadlines deadlines(UUID agencyId) {
        return new Deadlines(holidayCalendar(), workingHours(agencyId), settings.zone());
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw new CalendarException(CalendarError.YEAR_NOT_SUPPORTED,
                    "The calendar supports the years %d to %d.".formatted(LunarCalendar.FIRST_YEAR,
                            LunarCalendar.LAST_YEAR), LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
        }
    }
}
