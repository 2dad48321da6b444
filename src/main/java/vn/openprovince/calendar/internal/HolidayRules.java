package vn.openprovince.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.HolidayKind;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.LunarDate;

/**
 * The public holidays of a year by the rules of the Labour Code 2019, Art. 112, before any official
 * announcement. Where the law leaves the exact days to the yearly announcement, the default rule is:
 * Tết Nguyên Đán is the last day of the lunar year and lunar 1/1 to 1/4; National Day's adjacent day is
 * 1 September when 2 September is a Tuesday (bridging to the weekend), else 3 September. A holiday that falls
 * on a weekly rest day gives a compensatory day off on the next working day (Art. 111–112).
 */
final class HolidayRules {

    private final Set<DayOfWeek> workingWeek;
    // Holidays by rule depend only on the year: computed once per year (at most a few hundred years).
    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    HolidayRules(Set<DayOfWeek> workingWeek) {
        this.workingWeek = Set.copyOf(workingWeek);
    }

    /** The holidays of a solar year by rule, compensatory days included, sorted by date. */
    List<Holiday> forYear(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private List<Holiday> compute(int year) {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(solar(year, 1, 1, "Tết Dương lịch"));

        LocalDate tet = LunarCalendar.newYear(year);
        holidays.add(new Holiday(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm Âm lịch)", HolidayKind.LUNAR));
        for (int day = 1; day <= 4; day++) {
            holidays.add(new Holiday(tet.plusDays(day - 1), "Tết Nguyên Đán (mùng " + day + ")", HolidayKind.LUNAR));
        }
        holidays.add(new Holiday(LunarCalendar.toSolar(LunarDate.of(10, 3, year)), "Giỗ Tổ Hùng Vương",
                HolidayKind.LUNAR));

        holidays.add(solar(year, 4, 30, "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)"));
        holidays.add(solar(year, 5, 1, "Ngày Quốc tế Lao động"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(new Holiday(nationalDay, "Quốc khánh", HolidayKind.SOLAR));
        LocalDate adjacent = nationalDay.getDayOfWeek() == DayOfWeek.TUESDAY
                ? nationalDay.minusDays(1)
                : nationalDay.plusDays(1);
        holidays.add(new Holiday(adjacent, "Quốc khánh (ngày liền kề)", HolidayKind.SOLAR));

        holidays.sort(Comparator.comparing(Holiday::date));
        holidays.addAll(compensatoryDays(holidays));
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /** Nghỉ bù: one day for each holiday on a rest day, on the next day that is neither rest nor holiday. */
    private List<Holiday> compensatoryDays(List<Holiday> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(holiday -> taken.add(holiday.date()));
        List<Holiday> compensatory = new ArrayList<>();
        for (Holiday holiday : holidays) {
            if (workingWeek.contains(holiday.date().getDayOfWeek())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (!workingWeek.contains(day.getDayOfWeek()) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            compensatory.add(new Holiday(day, "Nghỉ bù " + holiday.name(), HolidayKind.COMPENSATORY));
        }
        return compensatory;
    }

    private static Holiday solar(int year, int month, int day, String name) {
        return new Holiday(LocalDate.of(year, month, day), name, HolidayKind.SOLAR);
    }
}
