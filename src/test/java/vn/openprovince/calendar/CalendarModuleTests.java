package vn.openprovince.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.OpenProvinceApplication;

/**
 * The calendar module with its one dependency (audit) on the migrated database: the schedule is stored and
 * audited, and the working calendar reads it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class CalendarModuleTests {

    @Autowired
    OfficialSchedule schedule;

    @Autowired
    WorkingCalendar workingCalendar;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dependsOnlyOnTheAuditModule() {
        var modules = ApplicationModules.of(OpenProvinceApplication.class);
        var calendar = modules.getModuleByName("calendar").orElseThrow();
        calendar.verifyDependencies(modules);
        assertThat(calendar.getBootstrapDependencies(modules).map(m -> m.getName())).containsOnly("audit");
    }

    /** Committed, not rolled back: the audit trail appends a transaction's entries when it commits. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void storesAndAuditsScheduleDaysThatTheWorkingCalendarThenFollows() {
        ScheduleDay added = schedule.add(LocalDate.of(2026, 2, 23), ScheduleDayKind.DAY_OFF, " Nghỉ Tết Nguyên Đán ");
        schedule.add(LocalDate.of(2026, 2, 28), ScheduleDayKind.WORKING_DAY, null);

        assertThat(schedule.daysOf(2026)).extracting(ScheduleDay::date, ScheduleDay::name).containsExactly(
                tuple(LocalDate.of(2026, 2, 23), "Nghỉ Tết Nguyên Đán"),
                tuple(LocalDate.of(2026, 2, 28), "Ngày làm việc bù"));
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        // Friday 13 Feb + 4 working days: 24, 25, 26, 27 February (23 is off by the schedule).
        assertThat(workingCalendar.deadlineInWorkingDays(Instant.parse("2026-02-13T02:00:00Z"), 4,
                Optional.empty(), null)).isEqualTo(Instant.parse("2026-02-27T10:00:00Z"));
        assertThat(auditedActions(added)).containsExactly("calendar.schedule-day.added");

        schedule.remove(LocalDate.of(2026, 2, 23));

        assertThat(auditedActions(added))
                .containsExactly("calendar.schedule-day.added", "calendar.schedule-day.removed");
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(schedule.removeYear(2026)).isEqualTo(1);
        assertThat(schedule.daysOf(2026)).isEmpty();
    }

    @Test
    void refusesASecondEntryOnTheSameDateAndADayOffWithoutAName() {
        schedule.add(LocalDate.of(2026, 9, 4), ScheduleDayKind.DAY_OFF, "Nghỉ Quốc khánh");

        assertThatThrownBy(() -> schedule.add(LocalDate.of(2026, 9, 4), ScheduleDayKind.WORKING_DAY, null))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.SCHEDULE_DAY_EXISTS));
        assertThatThrownBy(() -> schedule.add(LocalDate.of(2026, 9, 5), ScheduleDayKind.DAY_OFF, "  "))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.INVALID_SCHEDULE_DAY));
        assertThatThrownBy(() -> schedule.remove(LocalDate.of(2026, 9, 6)))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.SCHEDULE_DAY_NOT_FOUND));
    }

    @Test
    void fallsBackToTheConfiguredWorkingHours() {
        var hours = workingCalendar.workingHours(null);
        assertThat(hours.morningStart()).hasToString("07:30");
        assertThat(hours.afternoonEnd()).hasToString("17:00");
        assertThat(workingCalendar.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void usesTheProvinceWorkingHoursStoredInTheDatabase() {
        jdbc.update("""
                insert into working_hours (id, agency_id, morning_start, morning_end, afternoon_start, afternoon_end,
                                           version)
                values (?, null, time '07:00:00', time '11:00:00', time '13:00:00', time '16:30:00', 0)""",
                UUID.randomUUID());

        assertThat(workingCalendar.workingHours(UUID.randomUUID()).afternoonEnd()).hasToString("16:30");
        // Thursday 5 March 2026, 10:00 in Vietnam + 1 working day: Friday at 16:30 (09:30 UTC).
        assertThat(workingCalendar.deadlineInWorkingDays(Instant.parse("2026-03-05T03:00:00Z"), 1,
                Optional.empty(), null)).isEqualTo(Instant.parse("2026-03-06T09:30:00Z"));
    }

    private List<String> auditedActions(ScheduleDay day) {
        return jdbc.queryForList("select action from audit_entry where object_type = 'ScheduleDay' and object_id = ?"
                + " order by seq", String.class, day.id().toString());
    }
}
