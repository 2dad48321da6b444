package vn.openprovince.calendar;

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch).
 *
 * @param day   day of the lunar month, 1 to 30
 * @param month lunar month, 1 to 12
 * @param year  lunar year, numbered as the solar year in which its first month begins
 * @param leap  whether the month is the leap month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new CalendarException(CalendarError.INVALID_LUNAR_DATE,
                    "There is no lunar day %d of month %d.".formatted(day, month), day, month, year);
        }
    }

    /** A date in an ordinary (non-leap) month. */
    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }
}
