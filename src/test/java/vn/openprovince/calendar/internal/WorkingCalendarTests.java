package vn.openprovince.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.WorkingHours;

/** Deadline arithmetic of the province calendar, built without Spring on an in-memory schedule. */
class WorkingCalendarTests {

    private static final Optional<LocalTime> NO_CUTOFF = Optional.empty();
    private static final Optional<LocalTime> CUTOFF_15 = Optional.of(LocalTime.of(15, 0));

    private final InMemorySchedule schedule = new InMemorySchedule();
    private final Map<UUID, WorkingHours> storedHours = new HashMap<>();
    private final ProvinceWorkingCalendar calendar = new ProvinceWorkingCalendar(CalendarSettings.defaults(),
            schedule, agencyId -> Optional.ofNullable(storedHours.get(agencyId)));

    @Test
    void countsWorkingDaysAcrossTet2026() {
        // Friday 13 February 2026; Tết days off by rule are Monday 16 to Friday 20 February.
        Instant deadline = calendar.deadlineInWorkingDays(at("2026-02-13T09:00+07:00"), 4, NO_CUTOFF, null);

        assertThat(deadline).isEqualTo(Instant.parse("2026-02-26T10:00:00Z"));
        assertThat(local(deadline)).isEqualTo("2026-02-26T17:00+07:00");
    }

    @Test
    void skipsTheWeekend() {
        // Thursday 5 March 2026 + 3 working days: Friday, Monday, Tuesday.
        assertThat(local(calendar.deadlineInWorkingDays(at("2026-03-05T10:00+07:00"), 3, NO_CUTOFF, null)))
                .isEqualTo("2026-03-10T17:00+07:00");
    }

    @Test
    void countsASwappedSaturdayAsAWorkingDay() {
        schedule.workingDay(LocalDate.of(2026, 3, 7));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
        assertThat(local(calendar.deadlineInWorkingDays(at("2026-03-05T10:00+07:00"), 3, NO_CUTOFF, null)))
                .isEqualTo("2026-03-09T17:00+07:00");
    }

    @Test
    void extendsTetWithDaysOffFromTheOfficialSchedule() {
        schedule.dayOff(LocalDate.of(2026, 2, 23), "Nghỉ Tết Nguyên Đán");

        assertThat(local(calendar.deadlineInWorkingDays(at("2026-02-13T09:00+07:00"), 4, NO_CUTOFF, null)))
                .isEqualTo("2026-02-27T17:00+07:00");
    }

    @Test
    void receivesOnTheNextWorkingDayAfterTheCutoff() {
        Instant thursdayAfternoon = at("2026-03-05T15:30+07:00");

        assertThat(calendar.receptionDay(thursdayAfternoon, CUTOFF_15, null)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(local(calendar.deadlineInWorkingDays(thursdayAfternoon, 1, CUTOFF_15, null)))
                .isEqualTo("2026-03-09T17:00+07:00");
        // Without a cut-off the same dossier is received on Thursday.
        assertThat(local(calendar.deadlineInWorkingDays(thursdayAfternoon, 1, NO_CUTOFF, null)))
                .isEqualTo("2026-03-06T17:00+07:00");
    }

    @Test
    void receivesOnTheNextWorkingDayAfterWorkingHoursOrOnADayOff() {
        assertThat(calendar.receptionDay(at("2026-03-05T17:00+07:00"), NO_CUTOFF, null))
                .isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(calendar.receptionDay(at("2026-03-07T09:00+07:00"), NO_CUTOFF, null))
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.receptionDay(at("2026-02-16T09:00+07:00"), NO_CUTOFF, null))
                .isEqualTo(LocalDate.of(2026, 2, 23));
        // Early in the morning of a working day still counts as that day.
        assertThat(calendar.receptionDay(at("2026-03-05T06:00+07:00"), CUTOFF_15, null))
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void readsTheLocalDateInVietnamNotInUtc() {
        // 23:30 UTC on Thursday is 06:30 on Friday in Vietnam.
        assertThat(calendar.receptionDay(Instant.parse("2026-03-05T23:30:00Z"), NO_CUTOFF, null))
                .isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void countsWorkingHoursAcrossTheLunchBreak() {
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-03-09T10:30+07:00"), 2, NO_CUTOFF, null)))
                .isEqualTo("2026-03-09T14:30+07:00");
        // Started during lunch: counting starts at 13:30.
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-03-09T12:00+07:00"), 1, NO_CUTOFF, null)))
                .isEqualTo("2026-03-09T14:30+07:00");
    }

    @Test
    void countsWorkingHoursAcrossTheEvening() {
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-03-09T16:00+07:00"), 3, NO_CUTOFF, null)))
                .isEqualTo("2026-03-10T09:30+07:00");
    }

    @Test
    void endsAtTheSessionEndWhenTheHoursFillIt() {
        // After the cut-off: counting starts on Tuesday morning; 4 hours fill the morning session exactly.
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-03-09T15:30+07:00"), 4, CUTOFF_15, null)))
                .isEqualTo("2026-03-10T11:30+07:00");
    }

    @Test
    void countsWorkingHoursAcrossAWeekendAndTet() {
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-02-13T16:00+07:00"), 2, NO_CUTOFF, null)))
                .isEqualTo("2026-02-23T08:30+07:00");
        // Before the morning session: counting starts at 07:30. 7.5 hours make one full day.
        assertThat(local(calendar.deadlineInWorkingHours(at("2026-03-09T06:00+07:00"), 8, NO_CUTOFF, null)))
                .isEqualTo("2026-03-10T08:00+07:00");
    }

    @Test
    void usesTheAgencyHoursThenTheProvinceHoursThenTheDefaults() {
        UUID agency = UUID.randomUUID();
        storedHours.put(agency, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                LocalTime.of(17, 30)));

        assertThat(local(calendar.deadlineInWorkingDays(at("2026-03-05T10:00+07:00"), 1, NO_CUTOFF, agency)))
                .isEqualTo("2026-03-06T17:30+07:00");
        assertThat(calendar.workingHours(UUID.randomUUID()).afternoonEnd()).isEqualTo(LocalTime.of(17, 0));

        storedHours.put(null, new WorkingHours(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0),
                LocalTime.of(16, 30)));
        assertThat(calendar.workingHours(UUID.randomUUID()).afternoonEnd()).isEqualTo(LocalTime.of(16, 30));
        assertThat(calendar.workingHours(agency).afternoonEnd()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void rejectsDurationsOutOfRange() {
        Instant start = at("2026-03-05T10:00+07:00");
        for (int days : new int[] {0, -1, 3651}) {
            assertThatThrownBy(() -> calendar.deadlineInWorkingDays(start, days, NO_CUTOFF, null))
                    .isInstanceOfSatisfying(CalendarException.class,
                            e -> assertThat(e.error()).isEqualTo(CalendarError.INVALID_RANGE));
        }
        assertThatThrownBy(() -> calendar.deadlineInWorkingHours(start, 10001, NO_CUTOFF, null))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.INVALID_RANGE));
        assertThat(calendar.deadlineInWorkingDays(start, 3650, NO_CUTOFF, null)).isAfter(start);
        assertThat(calendar.deadlineInWorkingHours(start, 10000, NO_CUTOFF, null)).isAfter(start);
    }

    @Test
    void rejectsYearsOutsideTheLunarCalendarRange() {
        assertThatThrownBy(() -> calendar.holidays(2200))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.YEAR_NOT_SUPPORTED));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private String local(Instant instant) {
        return instant.atZone(calendar.zone()).toOffsetDateTime().toString();
    }
}
