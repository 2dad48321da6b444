package vn.openprovince.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTests {

    // 2030: the brief listed 2030-02-03, which is the Chinese New Year. The new moon falls at 16:07 UTC on
    // 2 February 2030: 23:07 in Vietnam (UTC+7) but 00:07 on 3 February in China (UTC+8). Vietnamese sources
    // agree that Tết 2030 is on 2 February, one of the years in which Vietnam celebrates a day before China.
    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
            "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
            "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23",
            "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08"})
    void findsTetOfEveryYear(int year, LocalDate tet) {
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(1, 1, year));
        assertThat(LunarCalendar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
        assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    }

    @Test
    void computesTet1985ForTheVietnameseMeridianNotTheChineseOne() {
        // For UTC+8 the winter solstice month of 1984 differs, so Chinese New Year 1985 fell a month later
        // (1985-02-20); in Vietnam that day is the first of the second month.
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.toLunar(LocalDate.of(1985, 2, 20))).isEqualTo(LunarDate.of(1, 2, 1985));
    }

    @Test
    void startsTheMonthOnTheVietnameseDayOfANewMoonNearMidnight() {
        // New moon on 2007-02-17 at 23:14 in Vietnam, just after midnight in China: Tết a day apart.
        assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void knowsTheLeapSecondMonthOf2023() {
        assertThat(LunarCalendar.toSolar(LunarDate.of(1, 2, 2023))).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 4, 20))).isEqualTo(LunarDate.of(1, 3, 2023));
    }

    @Test
    void knowsTheLeapSixthMonthOf2025() {
        assertThat(leapMonthsOf(2025)).containsExactly(6);
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 6, 2025, true))).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    @Test
    void findsNoLeapMonthInAnOrdinaryYear() {
        assertThat(leapMonthsOf(2024)).isEmpty();
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 3, 2024, true)))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.INVALID_LUNAR_DATE));
    }

    @Test
    void rejectsTheThirtiethOfAShortMonth() {
        // Lunar month 12 of 2025 ends on its 29th day: Tết 2026 follows 2026-02-16.
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(29, 12, 2025));
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(30, 12, 2025)))
                .isInstanceOf(CalendarException.class);
    }

    @Test
    void findsHungKingsDay() {
        assertThat(LunarCalendar.toSolar(LunarDate.of(10, 3, 2024))).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(LunarCalendar.toSolar(LunarDate.of(10, 3, 2025))).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LunarCalendar.toSolar(LunarDate.of(10, 3, 2026))).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void roundTripsEveryDayFrom2000To2040() {
        LocalDate previous = null;
        LunarDate previousLunar = null;
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.isBefore(LocalDate.of(2041, 1, 1)); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("round trip of %s (%s)", day, lunar).isEqualTo(day);
            if (previous != null) {
                // Consecutive days: either the next lunar day, or day 1 of a new month.
                assertThat(lunar.day() == previousLunar.day() + 1 || lunar.day() == 1)
                        .as("%s follows %s", lunar, previousLunar).isTrue();
            }
            previous = day;
            previousLunar = lunar;
        }
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(e.error()).isEqualTo(CalendarError.YEAR_NOT_SUPPORTED));
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1, 1, 2200)))
                .isInstanceOf(CalendarException.class);
    }

    private static List<Integer> leapMonthsOf(int lunarYear) {
        List<Integer> leapMonths = new ArrayList<>();
        LocalDate from = LunarCalendar.newYear(lunarYear);
        LocalDate to = LunarCalendar.newYear(lunarYear + 1);
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            if (lunar.leap() && lunar.day() == 1) {
                leapMonths.add(lunar.month());
            }
        }
        return leapMonths;
    }
}
