package vn.openprovince.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The working-day calendar (lịch làm việc) and the deadline arithmetic of the platform: every legal clock
 * (dossier appointments, document handling deadlines) is computed here and nowhere else.
 *
 * <p><b>Working days.</b> A date is a working day when it is in the working week (Monday to Friday by
 * default) and not a day off, unless the official yearly schedule says otherwise: a schedule entry on a
 * date always wins (see {@link OfficialSchedule}). Days off by rule are the public holidays of the Labour
 * Code 2019, Art. 112, and their compensatory days (see {@link #holidays(int)}).
 *
 * <p><b>Reception day</b> (ngày tiếp nhận). The start's local date (in {@link #zone()}) if it is a working
 * day, the start is before the cut-off (when one is given) and before the end of the working day
 * (afternoon end); otherwise the next working day.
 *
 * <p><b>N working days.</b> The deadline is the end of the working day (afternoon end) of the N-th working
 * day after the reception day; the reception day itself is not counted, as in Vietnamese civil-law
 * counting. So a dossier received on a Monday with a 3-day deadline is due on Thursday at 17:00.
 *
 * <p><b>N working hours.</b> Counting starts at the start instant when it lies inside a working session of a
 * working day (and before the cut-off, when given); before the morning session at the morning start; in
 * the lunch break at the afternoon start; otherwise (after the afternoon end, after the cut-off, or on a
 * day off) at the morning start of the next working day. It then walks through the sessions: lunch breaks,
 * evenings and days off do not count. A deadline that exactly fills a session ends at that session's end.
 *
 * <p>N must be 1 to {@value #MAX_WORKING_DAYS} working days or 1 to {@value #MAX_WORKING_HOURS} working
 * hours, else {@link CalendarError#INVALID_RANGE}. Dates outside {@link LunarCalendar#FIRST_YEAR} to
 * {@link LunarCalendar#LAST_YEAR} give {@link CalendarError#YEAR_NOT_SUPPORTED}.
 */
public interface WorkingCalendar {

    int MAX_WORKING_DAYS = 3650;
    int MAX_WORKING_HOURS = 10000;

    /** Whether the date is a working day for the province. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The reception day of something received at {@code received}.
     *
     * @param cutoff   the time of day after which receptions count from the next working day, if any
     * @param agencyId the receiving agency (its working hours apply), or {@code null} for the province's
     */
    LocalDate receptionDay(Instant received, Optional<LocalTime> cutoff, UUID agencyId);

    /**
     * The deadline {@code days} working days after the reception day, at the end of that working day.
     *
     * @param cutoff   the time of day after which receptions count from the next working day, if any
     * @param agencyId the agency whose working hours apply, or {@code null} for the province's
     */
    Instant deadlineInWorkingDays(Instant start, int days, Optional<LocalTime> cutoff, UUID agencyId);

    /**
     * The deadline after {@code hours} working hours counted through the working sessions.
     *
     * @param cutoff   the time of day after which counting starts on the next working day, if any
     * @param agencyId the agency whose working hours apply, or {@code null} for the province's
     */
    Instant deadlineInWorkingHours(Instant start, int hours, Optional<LocalTime> cutoff, UUID agencyId);

    /**
     * The working time between two instants, counted through the working sessions of working days as
     * {@link #deadlineInWorkingHours} counts it (lunch breaks, evenings and days off do not count); zero when
     * {@code to} is not after {@code from}. Used to know what is left of a legal clock when it is paused.
     *
     * @param agencyId the agency whose working hours apply, or {@code null} for the province's
     */
    java.time.Duration workingTimeBetween(Instant from, Instant to, UUID agencyId);

    /**
     * The deadline after a working time given to the minute, counted as {@link #deadlineInWorkingHours}
     * counts (same start rule and cut-off); used when a paused legal clock resumes with what was left.
     * A zero duration gives the first counted moment.
     */
    Instant deadlineAfterWorkingTime(Instant start, java.time.Duration workingTime, Optional<LocalTime> cutoff,
                                     UUID agencyId);

    /**
     * The effective days off of a solar year, sorted by date: the public holidays by rule (1/1, Tết Nguyên
     * Đán as the last day of the lunar year and lunar 1/1 to 1/4, Hùng Kings' day lunar 10/3, 30/4, 1/5,
     * 2/9 with 1/9 when 2/9 is a Tuesday and 3/9 otherwise, and a compensatory day on the next working day
     * for each holiday on a weekly rest day), overridden date by date by the official schedule.
     */
    List<Holiday> holidays(int year);

    /** The working hours of an agency, else the province's, else the configured defaults. */
    WorkingHours workingHours(UUID agencyId);

    /** The province's default reception cut-off, for procedures that do not set their own. */
    Optional<LocalTime> defaultCutoff();

    /** The time zone in which days and hours are counted: Asia/Ho_Chi_Minh. */
    ZoneId zone();
}
