package vn.openprovince.calendar;

/** Where a {@link Holiday} comes from. */
public enum HolidayKind {

    /** A holiday on a fixed solar date (1/1, 30/4, 1/5, 2/9 and its adjacent day). */
    SOLAR,

    /** A holiday fixed by the lunar calendar (Tết Nguyên Đán, Giỗ Tổ Hùng Vương). */
    LUNAR,

    /** Nghỉ bù: a holiday fell on a weekly rest day, so the next working day is off instead. */
    COMPENSATORY,

    /** A day off announced in the official yearly schedule (lịch nghỉ chính thức), entered by an administrator. */
    OFFICIAL_SCHEDULE
}
