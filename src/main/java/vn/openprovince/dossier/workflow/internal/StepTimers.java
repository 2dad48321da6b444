package vn.openprovince.dossier.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.openprovince.audit.AuditTrail;

/**
 * What a step's timers do when the engine's job executor fires them (once, on whichever node acquires the
 * job): {@link #warn} records that the step is about to be due; {@link #escalate} records that it is overdue
 * and adds the department head and the leader of the step's agency to its candidate groups, so the task
 * shows in their queue. Both are audited. Called from the processes as
 * {@code ${workflowTimers.warn(execution, 'key')}} and {@code ${workflowTimers.escalate(execution, 'key')}}.
 */
@Component("workflowTimers")
public class StepTimers {

    private static final Logger log = LoggerFactory.getLogger(StepTimers.class);

    private final TaskService tasks;
    private final Escalations escalations;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    StepTimers(TaskService tasks, Escalations escalations, AuditTrail audit) {
        this.tasks = tasks;
        this.escalations = escalations;
        this.audit = audit;
    }

    public void warn(DelegateExecution execution, String stepKey) {
        for (Task task : stepTasks(execution, stepKey)) {
            var escalation = record(Escalation.Kind.WARNING, execution, task, stepKey);
            audit.record("workflow.step-warned", "WorkflowTask", task.getId(), escalation.agencyId,
                    code(execution) + " · " + task.getName());
        }
    }

    public void escalate(DelegateExecution execution, String stepKey) {
        for (Task task : stepTasks(execution, stepKey)) {
            var escalation = record(Escalation.Kind.ESCALATION, execution, task, stepKey);
            if (escalation.agencyId != null) {
                tasks.addCandidateGroup(task.getId(), "DEPARTMENT_HEAD:" + escalation.agencyId);
                tasks.addCandidateGroup(task.getId(), "LEADER:" + escalation.agencyId);
            }
            audit.record("workflow.step-escalated", "WorkflowTask", task.getId(), escalation.agencyId,
                    code(execution) + " · " + task.getName() + " · quá hạn");
            log.info("Step {} of {} is overdue: escalated to the department head and leader", stepKey, code(execution));
        }
    }

    private record Recorded(UUID agencyId) {
    }

    private Recorded record(Escalation.Kind kind, DelegateExecution execution, Task task, String stepKey) {
        UUID agency = WorkQueue.candidateGroups(task).stream().map(WorkflowVariables::agencyOf)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Object dossier = execution.getVariable(WorkflowVariables.DOSSIER_ID);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        escalations.save(new Escalation(kind, dossier == null ? null : ProcessDefinitions.parseUuid(dossier.toString()),
                code(execution), execution.getProcessInstanceId(), task.getId(), stepKey, agency, due, clock.instant()));
        return new Recorded(agency);
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
