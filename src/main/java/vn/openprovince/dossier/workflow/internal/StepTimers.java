package vn.openprovince.dossier.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.identity.OfficialAccount;
import vn.openprovince.identity.OfficialAccounts;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;

/**
 * What a step's timers do when the engine's job executor fires them (once, on whichever node acquires the
 * job): {@link #warn} records that the step is about to be due and tells whoever holds it (its assignee, or the
 * officers of its groups while nobody has taken it); {@link #escalate} records that it is overdue, adds the
 * department head and the leader of the step's agency to its candidate groups, so the task shows in their
 * queue, and tells them and the assignee. Both are audited. Called from the processes as
 * {@code ${workflowTimers.warn(execution, 'key')}} and {@code ${workflowTimers.escalate(execution, 'key')}}.
 *
 * <p>A timer fires once per task; a second call for a task and kind already recorded does nothing, so nobody
 * is told (nor audited) twice. The notices go in the job's transaction, not after it commits: an in-app notice
 * is a row, committed with the escalation row and the job's completion, or rolled back with them when the job
 * fails and is retried, so it can be neither lost (a crash between the commit and a later send) nor doubled (a
 * retry after a send). Only in-app: identity exposes no e-mail address of officials, and an e-mail, which cannot
 * be rolled back, would belong after the commit.
 */
@Component("workflowTimers")
public class StepTimers {

    private static final Logger log = LoggerFactory.getLogger(StepTimers.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String WORK_QUEUE = "/work-queue";

    private final TaskService tasks;
    private final ManagementService management;
    private final Escalations escalations;
    private final OfficerGroups groups;
    private final OfficialAccounts officials;
    private final Notifications notifications;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    StepTimers(TaskService tasks, ManagementService management, Escalations escalations, OfficerGroups groups,
               OfficialAccounts officials, Notifications notifications, WorkingCalendar calendar, AuditTrail audit) {
        this.tasks = tasks;
        this.management = management;
        this.escalations = escalations;
        this.groups = groups;
        this.officials = officials;
        this.notifications = notifications;
        this.calendar = calendar;
        this.audit = audit;
    }

    public void warn(DelegateExecution execution, String stepKey) {
        for (Task task : stepTasks(execution, stepKey)) {
            if (!escalations.existsByTaskIdAndKind(task.getId(), Escalation.Kind.WARNING)) {
                warn(execution, task, stepKey);
            }
        }
    }

    /** Before the escalation adds the heads and leaders to the task, so the warning reaches the step's own holders. */
    private void warn(DelegateExecution execution, Task task, String stepKey) {
        var escalation = record(Escalation.Kind.WARNING, execution, task, stepKey);
        audit.record("workflow.step-warned", "WorkflowTask", task.getId(), escalation.agencyId,
                code(execution) + " · " + task.getName());
        Map<UUID, OfficialAccount> recipients = new LinkedHashMap<>();
        if (task.getAssignee() != null) {
            addAssignee(recipients, task);
        } else {
            WorkQueue.candidateGroups(task).forEach(group -> add(recipients, groups.members(group)));
        }
        String when = escalation.dueAt == null ? " sắp đến hạn" : " đến hạn lúc " + time(escalation.dueAt);
        tell(recipients.values(), "Sắp đến hạn xử lý hồ sơ " + code(execution),
                "Bước \"" + task.getName() + "\" của hồ sơ " + code(execution) + when
                        + ". Xem tại Hồ sơ cần xử lý: " + WORK_QUEUE);
    }

    public void escalate(DelegateExecution execution, String stepKey) {
        for (Task task : stepTasks(execution, stepKey)) {
            if (escalations.existsByTaskIdAndKind(task.getId(), Escalation.Kind.ESCALATION)) {
                continue;
            }
            // Both timers due at once (a step shorter than the warning's lead) may fire in either order: a warning
            // still waiting goes first, to the step's own holders, and its timer then finds it sent.
            if (warningPending(execution, stepKey)
                    && !escalations.existsByTaskIdAndKind(task.getId(), Escalation.Kind.WARNING)) {
                warn(execution, task, stepKey);
            }
            var escalation = record(Escalation.Kind.ESCALATION, execution, task, stepKey);
            Map<UUID, OfficialAccount> recipients = new LinkedHashMap<>();
            addAssignee(recipients, task);
            if (escalation.agencyId != null) {
                String heads = "DEPARTMENT_HEAD:" + escalation.agencyId;
                String leaders = "LEADER:" + escalation.agencyId;
                tasks.addCandidateGroup(task.getId(), heads);
                tasks.addCandidateGroup(task.getId(), leaders);
                add(recipients, groups.members(heads));
                add(recipients, groups.members(leaders));
            }
            audit.record("workflow.step-escalated", "WorkflowTask", task.getId(), escalation.agencyId,
                    code(execution) + " · " + task.getName() + " · quá hạn");
            log.info("Step {} of {} is overdue: escalated to the department head and leader", stepKey, code(execution));
            String due = escalation.dueAt == null ? "" : " (hạn " + time(escalation.dueAt) + ")";
            tell(recipients.values(), "Hồ sơ " + code(execution) + " quá hạn xử lý",
                    "Bước \"" + task.getName() + "\" của hồ sơ " + code(execution) + " đã quá hạn" + due
                            + " và được báo lên trưởng phòng, lãnh đạo cơ quan. Xem tại Hồ sơ cần xử lý: "
                            + WORK_QUEUE);
        }
    }

    private record Recorded(UUID agencyId, Instant dueAt) {
    }

    private Recorded record(Escalation.Kind kind, DelegateExecution execution, Task task, String stepKey) {
        UUID agency = WorkQueue.candidateGroups(task).stream().map(WorkflowVariables::agencyOf)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Object dossier = execution.getVariable(WorkflowVariables.DOSSIER_ID);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        escalations.save(new Escalation(kind, dossier == null ? null : ProcessDefinitions.parseUuid(dossier.toString()),
                code(execution), execution.getProcessInstanceId(), task.getId(), stepKey, agency, due, clock.instant()));
        return new Recorded(agency, due);
    }

    private void addAssignee(Map<UUID, OfficialAccount> recipients, Task task) {
        if (task.getAssignee() != null) {
            officials.byUsername(task.getAssignee()).ifPresent(account -> recipients.put(account.accountId(), account));
        }
    }

    private static void add(Map<UUID, OfficialAccount> recipients, List<OfficialAccount> accounts) {
        accounts.forEach(account -> recipients.putIfAbsent(account.accountId(), account));
    }

    private void tell(Collection<OfficialAccount> recipients, String subject, String body) {
        for (OfficialAccount recipient : recipients) {
            notifications.send(new Notification(recipient.accountId(), Channel.IN_APP, null, subject, body));
        }
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(calendar.zone()));
    }

    /** The step's warning timer (generated processes have one) has not fired yet: still waiting, or due to run. */
    private boolean warningPending(DelegateExecution execution, String stepKey) {
        String instance = execution.getProcessInstanceId();
        String element = BpmnGenerator.WARNING_PREFIX + stepKey;
        return management.createTimerJobQuery().processInstanceId(instance).elementId(element).count() > 0
                || management.createJobQuery().processInstanceId(instance).elementId(element).count() > 0;
    }

    private List<Task> stepTasks(DelegateExecution execution, String stepKey) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeys(List.of(stepKey, "step_" + stepKey)).includeIdentityLinks().list();
    }

    private static String code(DelegateExecution execution) {
        Object code = execution.getVariable(WorkflowVariables.DOSSIER_CODE);
        return code == null ? execution.getProcessInstanceId() : code.toString();
    }
}
