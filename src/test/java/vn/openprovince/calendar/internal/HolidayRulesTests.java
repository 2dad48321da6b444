package vn.openprovince.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.HolidayKind;

class HolidayRulesTests {

    private final HolidayRules rules = new HolidayRules(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    @Test
    void lists2026HolidaysWithHungKingsDayCompensatedOnMonday() {
        assertThat(rules.forYear(2026)).extracting(Holiday::date, Holiday::kind).containsExactly(
                tuple(LocalDate.of(2026, 1, 1), HolidayKind.SOLAR),
                tuple(LocalDate.of(2026, 2, 16), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 2, 17), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 2, 18), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 2, 19), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 2, 20), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 4, 26), HolidayKind.LUNAR),
                tuple(LocalDate.of(2026, 4, 27), HolidayKind.COMPENSATORY),
                tuple(LocalDate.of(2026, 4, 30), HolidayKind.SOLAR),
                tuple(LocalDate.of(2026, 5, 1), HolidayKind.SOLAR),
                tuple(LocalDate.of(2026, 9, 2), HolidayKind.SOLAR),
                tuple(LocalDate.of(2026, 9, 3), HolidayKind.SOLAR));
        assertThat(holiday(2026, LocalDate.of(2026, 4, 26))).hasValueSatisfying(
                h -> assertThat(h.name()).isEqualTo("Giỗ Tổ Hùng Vương"));
        assertThat(holiday(2026, LocalDate.of(2026, 4, 27))).hasValueSatisfying(
                h -> assertThat(h.name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương"));
    }

    @Test
    void placesTetOnTheLastDayOfTheLunarYearAndTheFirstFourDays() {
        // Tết 2025 is Wednesday 29 January; its fourth day is a Saturday, compensated on Monday 3 February.
        assertThat(rules.forYear(2025)).filteredOn(h -> h.date().getMonthValue() <= 2)
                .extracting(Holiday::date).containsExactly(
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
                        LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 2, 3));
    }

    @Test
    void givesOneCompensatoryDayForEachHolidayOnAWeekend() {
        // 30/4/2022 is a Saturday and 1/5/2022 a Sunday: Monday and Tuesday are off instead.
        assertThat(rules.forYear(2022)).filteredOn(h -> h.kind() == HolidayKind.COMPENSATORY)
                .extracting(Holiday::date)
                .contains(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
        // Tết 2023 begins on a Sunday, its eve is a Saturday: two compensatory days after the fourth day.
        assertThat(rules.forYear(2023)).filteredOn(h -> h.kind() == HolidayKind.COMPENSATORY)
                .extracting(Holiday::date)
                .contains(LocalDate.of(2023, 1, 26), LocalDate.of(2023, 1, 27));
    }

    @Test
    void addsTheFirstOfSeptemberWhenNationalDayIsATuesday() {
        assertThat(rules.forYear(2025)).extracting(Holiday::date)
                .contains(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2))
                .doesNotContain(LocalDate.of(2025, 9, 3));
        assertThat(rules.forYear(2024)).extracting(Holiday::date)
                .contains(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3))
                .doesNotContain(LocalDate.of(2024, 9, 1));
    }

    @Test
    void officialScheduleOverridesTheRulesOnItsDatesOnly() {
        // 2023: the announcement gave 1 and 4 September for National Day, where the rule gives 4 and 5.
        var schedule = new InMemorySchedule()
                .dayOff(LocalDate.of(2023, 9, 1), "Nghỉ Quốc khánh")
                .workingDay(LocalDate.of(2023, 9, 5));
        var calendar = new HolidayCalendar(rules, schedule, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        assertThat(calendar.holidays(2023)).filteredOn(h -> h.date().getMonthValue() == 9)
                .extracting(Holiday::date, Holiday::kind).containsExactly(
                        tuple(LocalDate.of(2023, 9, 1), HolidayKind.OFFICIAL_SCHEDULE),
                        tuple(LocalDate.of(2023, 9, 2), HolidayKind.SOLAR),
                        tuple(LocalDate.of(2023, 9, 3), HolidayKind.SOLAR),
                        tuple(LocalDate.of(2023, 9, 4), HolidayKind.COMPENSATORY));
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 5))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 6))).isTrue();
        // The other years follow the rules alone.
        assertThat(calendar.holidays(2024)).isEqualTo(rules.forYear(2024));
    }

    private Optional<Holiday> holiday(int year, LocalDate date) {
        return rules.forYear(year).stream().filter(h -> h.date().equals(date)).findFirst();
    }
}
