package vn.openprovince.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.OfficialSchedule;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/** The official schedule stored in {@code schedule_day}; every change is audited in its own transaction. */
@Service
class JpaOfficialSchedule implements OfficialSchedule, ScheduleSource {

    static final String OBJECT_TYPE = "ScheduleDay";
    static final String ADDED = "calendar.schedule-day.added";
    static final String REMOVED = "calendar.schedule-day.removed";

    private static final int MAX_NAME_LENGTH = 200;
    private static final String DEFAULT_WORKING_DAY_NAME = "Ngày làm việc bù";

    private final ScheduleEntries entries;
    private final AuditTrail auditTrail;

    JpaOfficialSchedule(ScheduleEntries entries, AuditTrail auditTrail) {
        this.entries = entries;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScheduleDay> daysOf(int year) {
        requireSupported(year);
        return entries.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(ScheduleEntry::toScheduleDay)
                .toList();
    }

    @Override
    @Transactional
    public ScheduleDay add(LocalDate date, ScheduleDayKind kind, String name) {
        if (date == null || kind == null) {
            throw new CalendarException(CalendarError.INVALID_SCHEDULE_DAY,
                    "A schedule day needs a date and a kind.");
        }
        requireSupported(date.getYear());
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() && kind == ScheduleDayKind.DAY_OFF) {
            throw new CalendarException(CalendarError.INVALID_SCHEDULE_DAY, "A day off needs a name.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new CalendarException(CalendarError.INVALID_SCHEDULE_DAY,
                    "The name must not exceed %d characters.".formatted(MAX_NAME_LENGTH));
        }
        if (entries.existsByDate(date)) {
            throw exists(date);
        }
        var entry = new ScheduleEntry(date, kind, trimmed.isEmpty() ? DEFAULT_WORKING_DAY_NAME : trimmed);
        try {
            entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException concurrentInsert) {
            // Another administrator entered the same date between our check and our insert.
            throw exists(date);
        }
        auditTrail.record(ADDED, OBJECT_TYPE, entry.id(), null, entry.describe());
        return entry.toScheduleDay();
    }

    @Override
    @Transactional
    public void remove(LocalDate date) {
        ScheduleEntry entry = entries.findByDate(date).orElseThrow(() -> new CalendarException(
                CalendarError.SCHEDULE_DAY_NOT_FOUND, "There is no schedule entry on %s.".formatted(date), date));
        delete(entry);
    }

    @Override
    @Transactional
    public int removeYear(int year) {
        requireSupported(year);
        List<ScheduleEntry> ofYear = entries.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        ofYear.forEach(this::delete);
        return ofYear.size();
    }

    private void delete(ScheduleEntry entry) {
        entries.delete(entry);
        auditTrail.record(REMOVED, OBJECT_TYPE, entry.id(), null, entry.describe());
    }

    private static CalendarException exists(LocalDate date) {
        return new CalendarException(CalendarError.SCHEDULE_DAY_EXISTS,
                "The schedule already has an entry on %s.".formatted(date), date);
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw new CalendarException(CalendarError.YEAR_NOT_SUPPORTED,
                    "The calendar supports the years %d to %d.".formatted(LunarCalendar.FIRST_YEAR,
                            LunarCalendar.LAST_YEAR), LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
        }
    }
}
