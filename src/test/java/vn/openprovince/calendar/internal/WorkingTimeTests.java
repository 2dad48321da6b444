package vn.openprovince.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Working time between two instants and deadlines to the minute (for paused legal clocks). */
class WorkingTimeTests {

    private final ProvinceWorkingCalendar calendar = new ProvinceWorkingCalendar(CalendarSettings.defaults(),
            new InMemorySchedule(), agency -> Optional.empty());

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void countsOnlyTheSessionsOfWorkingDays() {
        // Fri 10:00–11:30 (90) + 13:30–17:00 (210) + Mon 07:30–09:15 (105) = 405 minutes.
        assertThat(calendar.workingTimeBetween(at("2027-01-15T10:00+07:00"), at("2027-01-18T09:15+07:00"), null))
                .isEqualTo(Duration.ofMinutes(405));
        // Within the lunch break and the evening nothing counts.
        assertThat(calendar.workingTimeBetween(at("2027-01-15T11:45+07:00"), at("2027-01-15T13:00+07:00"), null))
                .isZero();
        assertThat(calendar.workingTimeBetween(at("2027-01-18T09:00+07:00"), at("2027-01-15T10:00+07:00"), null))
                .isZero();
        // Tết 2027 (5–11 February) counts nothing: Thu 4 Feb 16:00 → Fri 12 Feb 08:30 is 60 + 60 minutes.
        assertThat(calendar.workingTimeBetween(at("2027-02-04T16:00+07:00"), at("2027-02-12T08:30+07:00"), null))
                .isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void aDeadlineToTheMinuteWalksTheSessions() {
        // 105 minutes from Tue 11:00: 30 to the lunch break, 75 from 13:30 → 14:45.
        assertThat(calendar.deadlineAfterWorkingTime(at("2027-01-19T11:00+07:00"), Duration.ofMinutes(105),
                Optional.empty(), null)).isEqualTo(at("2027-01-19T14:45+07:00"));
        // 120 minutes from Thu 4 Feb 16:00 skip Tết: 60 that day, 60 on Fri 12 Feb → 08:30.
        assertThat(calendar.deadlineAfterWorkingTime(at("2027-02-04T16:00+07:00"), Duration.ofMinutes(120),
                Optional.empty(), null)).isEqualTo(at("2027-02-12T08:30+07:00"));
    }
}
