package vn.openprovince.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.internal.InMemorySchedule;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;

/**
 * The legal clock against dates worked out by hand (default hours 07:30–11:30, 13:30–17:00, Monday to Friday,
 * default cut-off 15:00, the holidays by rule with no yearly announcement).
 */
class LegalClockTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final WorkingCalendar calendar = new InMemorySchedule().calendar().workingCalendar();
    private final LegalClock clock = new LegalClock(calendar);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant();
    }

    private static ProcessingTime days(int n) {
        return new ProcessingTime(n, ProcessingTimeUnit.WORKING_DAYS, null, null);
    }

    @Test
    void tet2027IsFridayFifthToThursdayEleventhFebruaryByTheCalendarsRule() {
        // Lunar 1/1 of 2027 is Saturday 6 Feb. By rule: the last day of the lunar year (Fri 5) and mùng 1–4
        // (Sat 6 to Tue 9); Sat 6 and Sun 7 fall on rest days, so compensatory days follow on the next free
        // working days: Wed 10 and Thu 11. Work resumes on Friday 12 February 2027.
        var tet = calendar.holidays(2027).stream().map(Holiday::date)
                .filter(d -> d.getMonthValue() == 2).toList();
        assertThat(tet).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
    }

    @Test
    void fiveWorkingDaysAcrossTet2027WithASupplementPauseInTheMiddle() {
        // Received Wed 3 Feb 2027 09:00: the reception day is not counted; Thu 4 (1), Tết and its compensatory
        // days 5–11, Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5) → due Wed 17 Feb 2027 at 17:00.
        var due = clock.due(at(2027, 2, 3, 9, 0), days(5), null);
        assertThat(due).isEqualTo(at(2027, 2, 17, 17, 0));

        // Supplement requested Thu 4 Feb 10:00: the working days after the pause day up to the due day are
        // Fri 12, Mon 15, Tue 16, Wed 17 → 4 left (Thu 4 counts as used: 1 + 4 = 5).
        var left = clock.remaining(at(2027, 2, 4, 10, 0), due, ProcessingTimeUnit.WORKING_DAYS, null);
        assertThat(left).isEqualTo(new LegalClock.Remaining(4, LegalClock.RemainingUnit.WORKING_DAYS));

        // The supplement comes in Mon 22 Feb at 16:00, after the 15:00 cut-off: it counts from Tue 23, which is
        // not counted; Wed 24 (1), Thu 25 (2), Fri 26 (3), Mon 1 Mar (4) → due Mon 1 March 2027 at 17:00.
        var resumed = clock.resume(at(2027, 2, 22, 16, 0), left, due, days(5), null);
        assertThat(resumed).isEqualTo(at(2027, 3, 1, 17, 0));
    }

    @Test
    void threeWorkingDaysAcrossHungKingsDayAndThirtiethAprilFirstMay2026() {
        // 2026: Hùng Kings' day (lunar 10/3) is Sunday 26 April → compensatory Monday 27; 30/4 Thursday, 1/5 Friday.
        assertThat(calendar.holidays(2026).stream().map(Holiday::date)).contains(LocalDate.of(2026, 4, 26),
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));
        // Received Fri 24 Apr 14:00 (before the cut-off): Tue 28 (1), Wed 29 (2), Mon 4 May (3).
        assertThat(clock.due(at(2026, 4, 24, 14, 0), days(3), null)).isEqualTo(at(2026, 5, 4, 17, 0));
        // Received the same day at 15:30: counts from Tue 28 → Wed 29 (1), Mon 4 May (2), Tue 5 May (3).
        assertThat(clock.due(at(2026, 4, 24, 15, 30), days(3), null)).isEqualTo(at(2026, 5, 5, 17, 0));
    }

    @Test
    void workingHoursArePausedAndResumedToTheMinuteAcrossAWeekend() {
        var fourHours = new ProcessingTime(4, ProcessingTimeUnit.WORKING_HOURS, null, null);
        // Fri 15 Jan 2027 14:00: 3 h to 17:00, then 1 h on Mon 18 from 07:30 → 08:30.
        var due = clock.due(at(2027, 1, 15, 14, 0), fourHours, null);
        assertThat(due).isEqualTo(at(2027, 1, 18, 8, 30));
        // Paused Fri 16:15: 45 min that day and 60 min on Monday are left.
        var left = clock.remaining(at(2027, 1, 15, 16, 15), due, ProcessingTimeUnit.WORKING_HOURS, null);
        assertThat(left).isEqualTo(new LegalClock.Remaining(105, LegalClock.RemainingUnit.WORKING_MINUTES));
        // Resumed Tue 19 Jan 11:00: 30 min to the lunch break, 75 min from 13:30 → 14:45.
        assertThat(clock.resume(at(2027, 1, 19, 11, 0), left, due, fourHours, null)).isEqualTo(at(2027, 1, 19, 14, 45));
    }

    @Test
    void aSameDayProcedureReceivedAfterTheCutOffBeforeThirtiethAprilIsDueAfterTheHolidays() {
        // 2027: 30/4 is a Friday, 1/5 a Saturday → compensatory Monday 3 May. Birth registration (0 days, cut-off
        // 15:00) received Thu 29 Apr at 16:00 is due at the end of the next working day: Tue 4 May 2027.
        var sameDay = new ProcessingTime(0, ProcessingTimeUnit.WORKING_DAYS, LocalTime.of(15, 0), null);
        assertThat(clock.due(at(2027, 4, 29, 16, 0), sameDay, null)).isEqualTo(at(2027, 5, 4, 17, 0));
        assertThat(clock.due(at(2027, 4, 29, 10, 0), sameDay, null)).isEqualTo(at(2027, 4, 29, 17, 0));
    }

    @Test
    void aDossierAlreadyLateWhenPausedStaysLate() {
        var due = at(2026, 5, 4, 17, 0);
        var left = clock.remaining(at(2026, 5, 6, 9, 0), due, ProcessingTimeUnit.WORKING_DAYS, null);
        assertThat(left.amount()).isEqualTo(-2);
        assertThat(clock.resume(at(2026, 5, 12, 9, 0), left, due, days(3), null)).isEqualTo(due);
    }

    @Test
    void atRiskFromOneWorkingDayBeforeTheDueDayAndTheExtensionCountsFromTheDueDay() {
        var due = at(2027, 2, 17, 17, 0);
        assertThat(clock.atRisk(at(2027, 2, 9, 9, 0), due)).isFalse(); // Tết: 12, 15, 16, 17 still ahead
        assertThat(clock.atRisk(at(2027, 2, 12, 10, 0), due)).isFalse(); // 15, 16, 17
        assertThat(clock.atRisk(at(2027, 2, 16, 9, 0), due)).isTrue(); // only 17 left
        assertThat(clock.atRisk(at(2027, 2, 18, 9, 0), due)).isTrue(); // late
        // Two more working days after Wed 17: Thu 18, Fri 19.
        assertThat(clock.extend(due, 2, null)).isEqualTo(at(2027, 2, 19, 17, 0));
    }

    @Test
    void beforeTheClocksReceptionDayNothingIsUsedYet() {
        // Accepted Fri 15 Jan 2027 at 18:00 (after hours): counts from Mon 18, due Thu 21 (Tue 19, Wed 20, Thu 21).
        var countsFrom = at(2027, 1, 15, 18, 0);
        var due = clock.due(countsFrom, days(3), null);
        assertThat(due).isEqualTo(at(2027, 1, 21, 17, 0));
        // Paused on Saturday: all 3 days are left, not 4.
        assertThat(clock.remaining(at(2027, 1, 16, 9, 0), countsFrom, due, days(3), null))
                .isEqualTo(new LegalClock.Remaining(3, LegalClock.RemainingUnit.WORKING_DAYS));
        // Paused Tue 19 at 10:00: Wed 20 and Thu 21 are left.
        assertThat(clock.remaining(at(2027, 1, 19, 10, 0), countsFrom, due, days(3), null).amount()).isEqualTo(2);
    }
}
