package vn.openprovince.dossier.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.WorkingHours;
import vn.openprovince.catalog.ProcessingTimeUnit;

/**
 * The due time of a step (hạn xử lý của bước): its share of the procedure's legal processing time, counted
 * in working time by the calendar from the moment the step starts. A share that is a whole number of working
 * days is counted in days (due at the end of that working day); any other share in working hours, rounded up.
 * The warning fires one working hour before the due time (half-way for a one-hour step).
 *
 * <p>Called by the generated processes as {@code ${workflowClock.startStep(execution, 'key', share)}} when a
 * step starts, before its timers are scheduled, so the timers read the variables it sets.
 */
@Component("workflowClock")
public class StepClock {

    static final String LEGAL_AMOUNT = "legalAmount";
    static final String LEGAL_UNIT = "legalUnit";
    static final String DOSSIER_DUE_AT = "dueAt";

    private final WorkingCalendar calendar;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    StepClock(WorkingCalendar calendar) {
        this(calendar, Clock.systemUTC());
    }

    StepClock(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    static String dueVariable(String stepKey) {
        return "due_" + stepKey;
    }

    static String warnVariable(String stepKey) {
        return "warn_" + stepKey;
    }

    /** The step's due time and warning time. */
    record StepTimes(Instant dueAt, Instant warnAt) {
    }

    public void startStep(DelegateExecution execution, String stepKey, int sharePercent) {
        Instant now = clock.instant();
        Object amount = execution.getVariable(LEGAL_AMOUNT);
        Object unit = execution.getVariable(LEGAL_UNIT);
        Object agency = execution.getVariable(BpmnGenerator.COMPETENT_AGENCY);
        Object dossierDue = execution.getVariable(DOSSIER_DUE_AT);
        UUID agencyId = agency == null ? null : UUID.fromString(agency.toString());
        StepTimes times;
        if (amount instanceof Number legal && legal.intValue() > 0 && unit != null) {
            times = times(now, legal.intValue(), ProcessingTimeUnit.valueOf(unit.toString()), sharePercent, agencyId);
        } else {
            // Same-day procedures (or no legal time known): the step is due with the dossier.
            Instant due = dossierDue instanceof Date date && date.toInstant().isAfter(now) ? date.toInstant()
                    : calendar.deadlineInWorkingHours(now, 1, Optional.empty(), agencyId);
            times = new StepTimes(due, now.plus(Duration.between(now, due).dividedBy(2)));
        }
        // A new variable lands on the process instance, where the step's boundary timers (own executions) read it.
        execution.setVariable(dueVariable(stepKey), Date.from(times.dueAt()));
        execution.setVariable(warnVariable(stepKey), Date.from(times.warnAt()));
    }

    /** The due and warning times of a step started at {@code start} holding {@code sharePercent} of the legal time. */
    StepTimes times(Instant start, int legalAmount, ProcessingTimeUnit unit, int sharePercent, UUID agencyId) {
        int workingHours;
        Instant due;
        if (unit == ProcessingTimeUnit.WORKING_DAYS && (legalAmount * sharePercent) % 100 == 0) {
            int days = legalAmount * sharePercent / 100;
            due = calendar.deadlineInWorkingDays(start, days, Optional.empty(), agencyId);
            workingHours = (int) (days * minutesPerDay(calendar.workingHours(agencyId)) / 60);
        } else {
            long minutes = unit == ProcessingTimeUnit.WORKING_DAYS
                    ? legalAmount * minutesPerDay(calendar.workingHours(agencyId)) * sharePercent / 100
                    : legalAmount * 60L * sharePercent / 100;
            workingHours = (int) Math.max(1, (minutes + 59) / 60);
            due = calendar.deadlineInWorkingHours(start, workingHours, Optional.empty(), agencyId);
        }
        Instant warn = workingHours >= 2
                ? calendar.deadlineInWorkingHours(start, workingHours - 1, Optional.empty(), agencyId)
                : start.plus(Duration.between(start, due).dividedBy(2));
        if (warn.isAfter(due)) {
            warn = start.plus(Duration.between(start, due).dividedBy(2));
        }
        return new StepTimes(due, warn);
    }

    private static long minutesPerDay(WorkingHours hours) {
        return Duration.between(hours.morningStart(), hours.morningEnd()).toMinutes()
                + Duration.between(hours.afternoonStart(), hours.afternoonEnd()).toMinutes();
    }
}
