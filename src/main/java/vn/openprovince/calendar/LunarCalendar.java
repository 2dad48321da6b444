package vn.openprovince.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for the meridian of UTC+7.
 *
 * <p>The rules: a month begins on the local day of a new moon; month 11 is the month that contains the
 * winter solstice; when 13 months lie between two months 11, the first of them that contains no major
 * solar term (trung khí, a multiple of 30° of solar longitude) is the leap month and repeats the number of
 * the month before it. Because Vietnam uses UTC+7 and China UTC+8, the two calendars differ in some years
 * (Tết 1985 fell on 21 January in Vietnam and 20 February in China).
 *
 * <p>Supported for solar years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; outside them the error is
 * {@link CalendarError#YEAR_NOT_SUPPORTED}.
 */
public final class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** UTC+7 as a fraction of a day. */
    private static final double ZONE_OFFSET_DAYS = 7 / 24.0;

    private LunarCalendar() {
    }

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        requireSupported(date.getYear());
        long day = date.toEpochDay();
        // The months from the solstice month before this date up to the next solstice month.
        SolsticeYear year = day >= newMoonDay(solsticeMonth(date.getYear()))
                ? SolsticeYear.endingIn(date.getYear() + 1)
                : SolsticeYear.endingIn(date.getYear());
        int index = (int) (newMoonOnOrBefore(day) - year.firstMoon());
        long monthStart = newMoonDay(year.firstMoon() + index);
        return new LunarDate((int) (day - monthStart) + 1, year.monthAt(index), year.lunarYearAt(index),
                index == year.leapIndex());
    }

    /** The solar (Gregorian) date of a lunar date. */
    public static LocalDate toSolar(LunarDate date) {
        // Months 11 and 12 of lunar year Y begin in solar year Y, before the solstice-year that ends in Y + 1.
        int endingIn = date.month() >= 11 ? date.year() + 1 : date.year();
        requireSupported(endingIn);
        SolsticeYear year = SolsticeYear.endingIn(endingIn);
        for (int index = 0; index < year.months(); index++) {
            if (year.monthAt(index) == date.month() && (index == year.leapIndex()) == date.leap()) {
                long start = newMoonDay(year.firstMoon() + index);
                long length = newMoonDay(year.firstMoon() + index + 1) - start;
                if (date.day() > length) {
                    throw new CalendarException(CalendarError.INVALID_LUNAR_DATE,
                            "Lunar month %d of year %d has only %d days.".formatted(date.month(), date.year(), length),
                            date.day(), date.month(), date.year());
                }
                return LocalDate.ofEpochDay(start + date.day() - 1);
            }
        }
        throw new CalendarException(CalendarError.INVALID_LUNAR_DATE,
                "Lunar year %d has no leap month %d.".formatted(date.year(), date.month()),
                date.day(), date.month(), date.year());
    }

    /** The first day of a lunar year: Tết Nguyên Đán, lunar 1/1. */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(LunarDate.of(1, 1, lunarYear));
    }

    private static void requireSupported(int solarYear) {
        if (solarYear < FIRST_YEAR || solarYear > LAST_YEAR) {
            throw new CalendarException(CalendarError.YEAR_NOT_SUPPORTED,
                    "The calendar supports the years %d to %d.".formatted(FIRST_YEAR, LAST_YEAR),
                    FIRST_YEAR, LAST_YEAR);
        }
    }

    /** The local (UTC+7) day, as an epoch day, on which new moon number {@code k} occurs. */
    static long newMoonDay(long k) {
        return (long) Math.floor(Astronomy.newMoon(k) + 0.5 + ZONE_OFFSET_DAYS) - Astronomy.EPOCH_JULIAN_DAY;
    }

    /** The number of the new moon that begins the month containing the given epoch day. */
    static long newMoonOnOrBefore(long day) {
        long k = Astronomy.nearestNewMoonNumber(day + Astronomy.EPOCH_JULIAN_DAY);
        while (newMoonDay(k) > day) {
            k--;
        }
        while (newMoonDay(k + 1) <= day) {
            k++;
        }
        return k;
    }

    /** The new moon number of month 11: the month of solar year {@code year} containing the winter solstice. */
    static long solsticeMonth(int year) {
        long k = newMoonOnOrBefore(LocalDate.of(year, 12, 31).toEpochDay());
        // A month whose first day already starts past 270° began after the solstice: month 11 is the one before.
        if (sunLongitudeAtStartOf(newMoonDay(k)) >= 270) {
            k--;
        }
        return k;
    }

    /** The major solar term sector (0 to 11) in which the sun is at local midnight starting the given day. */
    static int majorTermAt(long day) {
        return (int) (sunLongitudeAtStartOf(day) / 30);
    }

    private static double sunLongitudeAtStartOf(long day) {
        return Astronomy.sunLongitude(day + Astronomy.EPOCH_JULIAN_DAY - 0.5 - ZONE_OFFSET_DAYS);
    }

    /**
     * The 12 or 13 months from month 11 of one lunar year up to (not including) month 11 of the next.
     *
     * @param newYearIn the solar year in which month 1 of this span begins (= its lunar year number)
     * @param firstMoon the new moon number of the span's first month (month 11)
     * @param months    12 or 13
     * @param leapIndex the index of the leap month within the span, or -1
     */
    private record SolsticeYear(int newYearIn, long firstMoon, int months, int leapIndex) {

        static SolsticeYear endingIn(int newYearIn) {
            long first = solsticeMonth(newYearIn - 1);
            int months = (int) (solsticeMonth(newYearIn) - first);
            int leapIndex = -1;
            if (months == 13) {
                // The leap month is the first one without a major term: the sun stays in the same sector from
                // its first day to the first day of the next month.
                for (int i = 1; i <= 12 && leapIndex < 0; i++) {
                    if (majorTermAt(newMoonDay(first + i)) == majorTermAt(newMoonDay(first + i + 1))) {
                        leapIndex = i;
                    }
                }
            }
            return new SolsticeYear(newYearIn, first, months, leapIndex);
        }

        int monthAt(int index) {
            int afterLeap = leapIndex >= 0 && index >= leapIndex ? 1 : 0;
            return Math.floorMod(10 + index - afterLeap, 12) + 1;
        }

        int lunarYearAt(int index) {
            return monthAt(index) >= 11 ? newYearIn - 1 : newYearIn;
        }
    }
}
