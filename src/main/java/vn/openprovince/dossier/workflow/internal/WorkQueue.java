package vn.openprovince.dossier.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.workflow.Decision;
import vn.openprovince.dossier.workflow.ProcessingFinished;
import vn.openprovince.dossier.workflow.TaskView;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.identity.SignedInUser;

/**
 * Công việc của cán bộ: the officer's work queue on the engine — the tasks they hold, the tasks their role
 * and agency groups may take, taking one and completing it with a decision and a note. Each completion is a
 * hand-over on the process-control slip (Form 06); the officer who takes the next step is its receiver.
 */
@Service
public class WorkQueue {

    private static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

    /** The outcome of a completion: the next open steps, or the end of processing. */
    public record Completion(String taskId, Decision decision, List<String> nextTaskIds, boolean finished) {
    }

    /** A working document attached to a step, without its content. */
    public record DocumentInfo(UUID id, String taskId, String fileName, String contentType, long size,
                               String uploadedBy, Instant uploadedAt) {
    }

    /** A working document's name, type and content, for download. */
    public record DocumentContent(String fileName, String contentType, byte[] content) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final HandOvers handOvers;
    private final Escalations escalations;
    private final TaskDocuments documents;
    private final OfficerGroups groups;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    WorkQueue(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
              HandOvers handOvers, Escalations escalations, TaskDocuments documents, OfficerGroups groups,
              WorkingCalendar calendar, AuditTrail audit, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.handOvers = handOvers;
        this.escalations = escalations;
        this.documents = documents;
        this.groups = groups;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    /** The open tasks the officer holds, soonest due first. */
    @Transactional(readOnly = true)
    public Page<TaskView> mine(SignedInUser user, Pageable page) {
        var query = tasks.createTaskQuery().taskAssignee(user.username());
        long total = query.count();
        var list = query.includeIdentityLinks().includeProcessVariables().orderByDueDateNullsLast().asc()
                .orderByTaskCreateTime().asc().listPage((int) page.getOffset(), page.getPageSize());
        return new PageImpl<>(views(list), page, total);
    }

    /** The open, untaken tasks of the officer's role and agency groups, soonest due first. */
    @Transactional(readOnly = true)
    public Page<TaskView> claimable(SignedInUser user, Pageable page) {
        List<String> mine = groups.of(user);
        if (mine.isEmpty()) {
            return Page.empty(page);
        }
        var query = tasks.createTaskQuery().taskCandidateGroupIn(mine).taskUnassigned();
        long total = query.count();
        var list = query.includeIdentityLinks().includeProcessVariables().orderByDueDateNullsLast().asc()
                .orderByTaskCreateTime().asc().listPage((int) page.getOffset(), page.getPageSize());
        return new PageImpl<>(views(list), page, total);
    }

    /** One open task the officer may see (held by them or claimable by their groups). */
    @Transactional(readOnly = true)
    public TaskView task(SignedInUser user, String taskId) {
        return views(List.of(visibleTask(user, taskId))).getFirst();
    }

    /** Nhận xử lý: takes a task of the officer's groups; taking one already held by someone else is refused. */
    @Transactional
    public TaskView claim(SignedInUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (user.username().equals(task.getAssignee())) {
            return views(List.of(task)).getFirst();
        }
        if (task.getAssignee() != null) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
        }
        take(user, task);
        audit.record("workflow.task-claimed", "WorkflowTask", taskId, agencyOf(task), task.getName());
        return task(user, taskId);
    }

    /**
     * Hoàn thành bước: completes a task the officer holds (or takes it first if it is still untaken in their
     * group) with a decision the process allows at that step, and records the hand-over.
     */
    @Transactional
    public Completion complete(SignedInUser user, String taskId, Decision decision, String note) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
        }
        if (decision == null || !allowedDecisions(task).contains(decision)) {
            throw WorkflowException.onField("decision", WorkflowError.WORKFLOW_DECISION_INVALID,
                    decision == null ? "-" : decision.name());
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (trimmedNote != null && trimmedNote.length() > 2000) {
            trimmedNote = trimmedNote.substring(0, 2000);
        }
        if (task.getAssignee() == null) {
            take(user, task);
        }
        Map<String, Object> variables = task.getProcessVariables();
        String processInstanceId = task.getProcessInstanceId();
        Set<String> before = openTaskIds(processInstanceId);
        Instant now = clock.instant();
        Map<String, Object> local = new HashMap<>();
        local.put(WorkflowVariables.TASK_DECISION, decision.name());
        local.put(WorkflowVariables.TASK_NOTE, trimmedNote);
        tasks.setVariablesLocal(taskId, local);
        try {
            tasks.complete(taskId, Map.of(WorkflowVariables.DECISION, decision.name()));
        } catch (FlowableOptimisticLockingException e) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
        }
        UUID dossierId = ProcessDefinitions.parseUuid(string(variables.get(WorkflowVariables.DOSSIER_ID)));
        String code = string(variables.get(WorkflowVariables.DOSSIER_CODE));
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        var handOver = new HandOver(dossierId, code == null ? "-" : code, processInstanceId, taskId,
                stepKey(task.getTaskDefinitionKey()), task.getName(), agencyOf(task), user.username(),
                user.displayName(), now, due, timeliness(now, due), decision.name(), trimmedNote);
        List<String> next = openTaskIds(processInstanceId).stream().filter(id -> !before.contains(id)).toList();
        if (!next.isEmpty()) {
            handOver.nextTask(next.getFirst());
        }
        handOvers.save(handOver);
        boolean finished = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .finished().count() > 0;
        audit.record("workflow.task-completed", "WorkflowTask", taskId, agencyOf(task),
                (code == null ? "" : code + " · ") + task.getName() + " · " + decision.name());
        if (finished && dossierId != null) {
            events.publishEvent(new ProcessingFinished(new DossierId(dossierId), code, decision != Decision.REFUSE,
                    user.username(), now, trimmedNote));
            audit.record("workflow.processing-finished", "Dossier", dossierId, agencyOf(task),
                    code + " · " + (decision == Decision.REFUSE ? "từ chối" : "đồng ý"));
        }
        return new Completion(taskId, decision, next, finished);
    }

    /** Attaches a working document (tài liệu xử lý) to a task the officer holds. */
    @Transactional
    public DocumentInfo attach(SignedInUser user, String taskId, String fileName, String contentType, byte[] content) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
        }
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            throw new WorkflowException(WorkflowError.WORKFLOW_DOCUMENT_INVALID);
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw WorkflowException.onField("file", WorkflowError.WORKFLOW_DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES / 1024 / 1024);
        }
        String name = fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType;
        UUID dossierId = ProcessDefinitions.parseUuid(string(runtime.getVariable(task.getExecutionId(),
                WorkflowVariables.DOSSIER_ID)));
        var document = documents.save(new TaskDocument(taskId, task.getProcessInstanceId(), dossierId, name, type,
                content, user.username(), clock.instant()));
        audit.record("workflow.document-attached", "WorkflowTask", taskId, agencyOf(task),
                name + " (" + content.length + " B)");
        return info(document);
    }

    /** The working documents of the task's dossier process, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(SignedInUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        return documents.findByProcessInstanceIdOrderByUploadedAt(task.getProcessInstanceId()).stream()
                .map(WorkQueue::info).toList();
    }

    /** A working document's content, for an officer who may see one of the process's open tasks. */
    @Transactional(readOnly = true)
    public DocumentContent document(SignedInUser user, String taskId, UUID documentId) {
        Task task = visibleTask(user, taskId);
        var document = documents.findById(documentId)
                .filter(found -> found.processInstanceId().equals(task.getProcessInstanceId()))
                .orElseThrow(() -> new WorkflowException(WorkflowError.WORKFLOW_TASK_UNKNOWN));
        return new DocumentContent(document.fileName(), document.contentType(), document.content());
    }

    /** The decisions the process can route from this task: approve always, return/refuse where a flow tests them. */
    Set<Decision> allowedDecisions(TaskInfo task) {
        Set<Decision> allowed = EnumSet.of(Decision.APPROVE);
        BpmnModel model = repository.getBpmnModel(task.getProcessDefinitionId());
        FlowElement element = model.getFlowElement(task.getTaskDefinitionKey());
        if (element instanceof FlowNode node) {
            List<SequenceFlow> flows = new ArrayList<>(node.getOutgoingFlows());
            for (SequenceFlow flow : node.getOutgoingFlows()) {
                if (flow.getTargetFlowElement() instanceof ExclusiveGateway gateway) {
                    flows.addAll(gateway.getOutgoingFlows());
                }
            }
            for (SequenceFlow flow : flows) {
                String condition = flow.getConditionExpression();
                if (condition == null) {
                    continue;
                }
                for (Decision decision : Decision.values()) {
                    if (condition.contains("'" + decision.name() + "'") || condition.contains("\"" + decision.name() + "\"")) {
                        allowed.add(decision);
                    }
                }
            }
        }
        return allowed;
    }

    private void take(SignedInUser user, Task task) {
        try {
            tasks.claim(task.getId(), user.username());
        } catch (FlowableOptimisticLockingException e) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
        } catch (FlowableException e) {
            if (e.getClass().getSimpleName().equals("FlowableTaskAlreadyClaimedException")) {
                throw new WorkflowException(WorkflowError.WORKFLOW_TASK_HELD_BY_OTHER);
            }
            throw e;
        }
        Instant now = clock.instant();
        for (HandOver handOver : handOvers.findByNextTaskId(task.getId())) {
            if (handOver.receivedBy() == null) {
                handOver.receivedBy(user.username(), user.displayName(), now);
            }
        }
    }

    /** The task, if the officer holds it or it belongs to one of their groups; otherwise it does not exist for them. */
    private Task visibleTask(SignedInUser user, String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).includeIdentityLinks()
                .includeProcessVariables().singleResult();
        if (task == null) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_UNKNOWN);
        }
        if (user.username().equals(task.getAssignee())) {
            return task;
        }
        List<String> mine = groups.of(user);
        if (candidateGroups(task).stream().noneMatch(mine::contains)) {
            throw new WorkflowException(WorkflowError.WORKFLOW_TASK_UNKNOWN);
        }
        return task;
    }

    private Set<String> openTaskIds(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
    }

    private List<TaskView> views(List<Task> list) {
        Instant now = clock.instant();
        Set<String> escalated = escalations.findByTaskIdIn(list.stream().map(Task::getId).toList()).stream()
                .filter(escalation -> escalation.kind() == Escalation.Kind.ESCALATION).map(Escalation::taskId)
                .collect(Collectors.toSet());
        List<TaskView> views = new ArrayList<>();
        for (Task task : list) {
            Map<String, Object> variables = task.getProcessVariables();
            List<String> candidates = candidateGroups(task);
            String group = candidates.isEmpty() ? null : candidates.getFirst();
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Object warn = variables.get(StepClock.warnVariable(stepKey(task.getTaskDefinitionKey())));
            boolean dueSoon = due != null && !now.isAfter(due)
                    && (warn instanceof Date date ? !now.isBefore(date.toInstant()) : now.plusSeconds(3600).isAfter(due));
            Set<Decision> allowed = allowedDecisions(task);
            views.add(new TaskView(task.getId(), stepKey(task.getTaskDefinitionKey()), task.getName(),
                    string(variables.get(WorkflowVariables.DOSSIER_CODE)),
                    ProcessDefinitions.parseUuid(string(variables.get(WorkflowVariables.DOSSIER_ID))),
                    string(variables.get(WorkflowVariables.PROCEDURE_CODE)),
                    group == null ? null : WorkflowVariables.roleOf(group),
                    group == null ? null : WorkflowVariables.agencyOf(group), task.getAssignee(),
                    task.getCreateTime().toInstant(), due, due != null && now.isAfter(due), dueSoon,
                    escalated.contains(task.getId()), allowed.contains(Decision.RETURN),
                    allowed.contains(Decision.REFUSE)));
        }
        return views;
    }

    static List<String> candidateGroups(TaskInfo task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId).sorted(WorkQueue::baseGroupsFirst).toList();
    }

    /** The step's own group before groups added by an escalation (department head, leader). */
    private static int baseGroupsFirst(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String group) {
        return group.startsWith("LEADER:") ? 2 : group.startsWith("DEPARTMENT_HEAD:") ? 1 : 0;
    }

    private static UUID agencyOf(TaskInfo task) {
        return candidateGroups(task).stream().map(WorkflowVariables::agencyOf).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** Before the due day, on the due day (not after the due time), or after the due time. */
    HandOver.Timeliness timeliness(Instant at, Instant due) {
        if (due == null) {
            return HandOver.Timeliness.ON_TIME;
        }
        if (at.isAfter(due)) {
            return HandOver.Timeliness.LATE;
        }
        LocalDate day = at.atZone(calendar.zone()).toLocalDate();
        LocalDate dueDay = due.atZone(calendar.zone()).toLocalDate();
        return day.isBefore(dueDay) ? HandOver.Timeliness.EARLY : HandOver.Timeliness.ON_TIME;
    }

    static String stepKey(String taskDefinitionKey) {
        return taskDefinitionKey != null && taskDefinitionKey.startsWith("step_")
                ? taskDefinitionKey.substring("step_".length()) : taskDefinitionKey;
    }

    private static DocumentInfo info(TaskDocument document) {
        return new DocumentInfo(document.id(), document.taskId(), document.fileName(), document.contentType(),
                document.sizeBytes(), document.uploadedBy(), document.uploadedAt());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static Collection<String> none() {
        return List.of();
    }
}
