package vn.openprovince.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;

/**
 * Thời hạn giải quyết: the arithmetic of a dossier's legal clock, all of it through the {@link WorkingCalendar}
 * (the receiving centre's working hours, the province's days off and official schedule).
 *
 * <p><b>Start.</b> The due time is computed once, at acceptance, from the official reception time: N working
 * days → the end of the N-th working day after the reception day (the reception day is not counted; after the
 * procedure's cut-off, else the province's default cut-off, or outside working hours, the next working day is
 * the reception day); N working hours → counted through the working sessions; 0 → the end of the reception day.
 *
 * <p><b>Pause and resume, procedures in working days.</b> At a pause the clock keeps the number of
 * <em>whole working days after the pause day up to the due day</em>: the rest of the pause day counts as used
 * (the applicant is told the same day). On resumption the day the supplement is received is treated like a
 * reception day (not counted, the same cut-off applies) and the due time is the end of the remaining-th working
 * day after it; with 0 days left (paused on the due day itself) it is the end of the resumption's reception day.
 * So used + left always equals the legal time, and a pause never gives or takes a whole day.
 *
 * <p><b>Pause and resume, procedures in working hours.</b> The working time left is counted to the minute through
 * the sessions from the pause to the due time, and on resumption counted again from the resumption (same start
 * rule as at reception).
 *
 * <p><b>Already late.</b> A dossier paused after its due time resumes with the same due time: a pause never makes
 * a late dossier on time. The remaining time is then recorded as negative (how late it was).
 */
final class LegalClock {

    /** What is left of the clock: whole working days, or working minutes. */
    enum RemainingUnit {
        WORKING_DAYS,
        WORKING_MINUTES
    }

    /** The working time left; negative when the due time had already passed. */
    record Remaining(int amount, RemainingUnit unit) {
    }

    private final WorkingCalendar calendar;

    LegalClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The due time of a procedure's legal processing time, from the official reception time. */
    Instant due(Instant receivedAt, ProcessingTime time, UUID agency) {
        var cutoff = cutoff(time);
        if (time.amount() == 0) {
            return endOfReceptionDay(receivedAt, cutoff, agency);
        }
        return time.unit() == ProcessingTimeUnit.WORKING_HOURS
                ? calendar.deadlineInWorkingHours(receivedAt, time.amount(), cutoff, agency)
                : calendar.deadlineInWorkingDays(receivedAt, time.amount(), cutoff, agency);
    }

    /**
     * What is left at {@code at} of a clock that counts from {@code countsFrom} and is due at {@code due}. Before
     * the clock's reception day (an online dossier accepted in the evening counts from the next working day),
     * nothing is used yet: the days are counted from the reception day.
     */
    Remaining remaining(Instant at, Instant countsFrom, Instant due, ProcessingTime time, UUID agency) {
        if (time.unit() == ProcessingTimeUnit.WORKING_DAYS) {
            LocalDate startDay = calendar.receptionDay(countsFrom, cutoff(time), agency);
            if (local(at).isBefore(startDay)) {
                Instant startMorning = startDay.atTime(calendar.workingHours(agency).morningStart())
                        .atZone(calendar.zone()).toInstant();
                return remaining(startMorning, due, time.unit(), agency);
            }
        }
        return remaining(at, due, time.unit(), agency);
    }

    /** What is left at {@code at} of a clock due at {@code due}. */
    Remaining remaining(Instant at, Instant due, ProcessingTimeUnit unit, UUID agency) {
        if (unit == ProcessingTimeUnit.WORKING_HOURS) {
            if (at.isAfter(due)) {
                return new Remaining((int) -calendar.workingTimeBetween(due, at, agency).toMinutes(),
                        RemainingUnit.WORKING_MINUTES);
            }
            return new Remaining((int) calendar.workingTimeBetween(at, due, agency).toMinutes(),
                    RemainingUnit.WORKING_MINUTES);
        }
        LocalDate atDay = local(at);
        LocalDate dueDay = local(due);
        if (at.isAfter(due)) {
            return new Remaining(-workingDaysAfter(dueDay, atDay), RemainingUnit.WORKING_DAYS);
        }
        return new Remaining(workingDaysAfter(atDay, dueDay), RemainingUnit.WORKING_DAYS);
    }

    /** The due time after resuming at {@code at} with what was left; a late clock keeps its due time. */
    Instant resume(Instant at, Remaining left, Instant previousDue, ProcessingTime time, UUID agency) {
        var cutoff = cutoff(time);
        if (left.amount() < 0) {
            return previousDue;
        }
        if (left.unit() == RemainingUnit.WORKING_MINUTES) {
            return left.amount() == 0 ? previousDue
                    : calendar.deadlineAfterWorkingTime(at, Duration.ofMinutes(left.amount()), cutoff, agency);
        }
        return left.amount() == 0 ? endOfReceptionDay(at, cutoff, agency)
                : calendar.deadlineInWorkingDays(at, left.amount(), cutoff, agency);
    }

    /** The extended due time: N more working days after the current due day, at the end of that day. */
    Instant extend(Instant due, int workingDays, UUID agency) {
        // Counted from the due day's morning, so the due day is the "reception day" and is not counted again.
        LocalDate dueDay = local(due);
        Instant morning = dueDay.atTime(calendar.workingHours(agency).morningStart()).atZone(calendar.zone()).toInstant();
        return calendar.deadlineInWorkingDays(morning, workingDays, Optional.empty(), agency);
    }

    /** The end of a given working day, for an appointment set by date. */
    Instant endOf(LocalDate day, UUID agency) {
        return day.atTime(calendar.workingHours(agency).afternoonEnd()).atZone(calendar.zone()).toInstant();
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /**
     * Whether a running clock is at risk (sắp đến hạn): the due day is today or the next working day, or it has
     * passed: the competent agency must apologise and propose a new date at the latest one working day before.
     */
    boolean atRisk(Instant now, Instant due) {
        return !now.isBefore(due) || workingDaysAfter(local(now), local(due)) <= 1;
    }

    LocalDate local(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    /** The number of working days d with {@code after < d <= upTo}. */
    int workingDaysAfter(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Instant endOfReceptionDay(Instant at, Optional<LocalTime> cutoff, UUID agency) {
        return endOf(calendar.receptionDay(at, cutoff, agency), agency);
    }

    /** The procedure's cut-off, else the province's default one. */
    private Optional<LocalTime> cutoff(ProcessingTime time) {
        return time.cutoff() != null ? Optional.of(time.cutoff()) : calendar.defaultCutoff();
    }
}
