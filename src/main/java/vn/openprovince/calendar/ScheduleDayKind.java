package vn.openprovince.calendar;

/** What an entry of the official yearly schedule says about its date. */
public enum ScheduleDayKind {

    /** Ngày nghỉ: the date is a day off, whatever the rules say. */
    DAY_OFF,

    /** Ngày làm việc bù: the date is a working day, typically a Saturday worked to bridge a holiday. */
    WORKING_DAY
}
