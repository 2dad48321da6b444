package vn.openprovince.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.WorkingHours;

/** Decree 45/2020: outside working hours an online dossier is received at the start of the next working day. */
class ReceptionTimeTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void submittedInWorkingHoursIsReceivedWhenSubmitted() {
        // Tuesday 1 December 2026, 09:15
        assertThat(received(LocalDateTime.of(2026, 12, 1, 9, 15))).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 15));
    }

    @Test
    void submittedAfterTheWorkingDayIsReceivedAtTheStartOfTheNextWorkingDay() {
        assertThat(received(LocalDateTime.of(2026, 12, 1, 17, 30))).isEqualTo(LocalDateTime.of(2026, 12, 2, 7, 30));
    }

    @Test
    void submittedOnFridayEveningOrAtTheWeekendIsReceivedOnMondayMorning() {
        assertThat(received(LocalDateTime.of(2026, 12, 4, 20, 0))).isEqualTo(LocalDateTime.of(2026, 12, 7, 7, 30));
        assertThat(received(LocalDateTime.of(2026, 12, 5, 10, 0))).isEqualTo(LocalDateTime.of(2026, 12, 7, 7, 30));
        assertThat(received(LocalDateTime.of(2026, 12, 6, 23, 59))).isEqualTo(LocalDateTime.of(2026, 12, 7, 7, 30));
    }

    @Test
    void submittedBeforeTheMorningSessionOrInTheLunchBreakIsReceivedWhenTheSessionStarts() {
        assertThat(received(LocalDateTime.of(2026, 12, 1, 6, 5))).isEqualTo(LocalDateTime.of(2026, 12, 1, 7, 30));
        assertThat(received(LocalDateTime.of(2026, 12, 1, 12, 0))).isEqualTo(LocalDateTime.of(2026, 12, 1, 13, 30));
    }

    private static LocalDateTime received(LocalDateTime submittedLocal) {
        Instant received = ReceptionTime.of(submittedLocal.atZone(HANOI).toInstant(), new WeekdaysOnly(), null);
        return LocalDateTime.ofInstant(received, HANOI);
    }

    /** Monday to Friday, 07:30–11:30 and 13:30–17:00, no holidays: enough for the reception rule. */
    private static final class WeekdaysOnly implements WorkingCalendar {

        private static final WorkingHours HOURS = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(17, 0));

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate receptionDay(Instant received, Optional<LocalTime> cutoff, UUID agencyId) {
            var local = LocalDateTime.ofInstant(received, HANOI);
            var day = local.toLocalDate();
            if (isWorkingDay(day) && local.toLocalTime().isBefore(HOURS.afternoonEnd())) {
                return day;
            }
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        @Override
        public Instant deadlineInWorkingDays(Instant start, int days, Optional<LocalTime> cutoff, UUID agencyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant deadlineInWorkingHours(Instant start, int hours, Optional<LocalTime> cutoff, UUID agencyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Duration workingTimeBetween(Instant from, Instant to, UUID agencyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant deadlineAfterWorkingTime(Instant start, java.time.Duration workingTime,
                                                Optional<LocalTime> cutoff, UUID agencyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Holiday> holidays(int year) {
            return List.of();
        }

        @Override
        public WorkingHours workingHours(UUID agencyId) {
            return HOURS;
        }

        @Override
        public Optional<LocalTime> defaultCutoff() {
            return Optional.empty();
        }

        @Override
        public ZoneId zone() {
            return HANOI;
        }
    }
}
