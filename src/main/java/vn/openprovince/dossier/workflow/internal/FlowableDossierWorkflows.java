package vn.openprovince.dossier.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.api.history.HistoricIdentityLink;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.workflow.DossierWorkflows;
import vn.openprovince.dossier.workflow.WorkflowStep;

/** The steps of a dossier as the engine's history and runtime know them (history includes open tasks). */
@Service
class FlowableDossierWorkflows implements DossierWorkflows {

    private final HistoryService history;

    FlowableDossierWorkflows(HistoryService history) {
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkflowStep> steps(DossierId dossier) {
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(dossier.value().toString()).includeTaskLocalVariables()
                .orderByHistoricTaskInstanceStartTime().asc().orderByTaskCreateTime().asc().list();
        List<WorkflowStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            String group = history.getHistoricIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(HistoricIdentityLink::getGroupId).findFirst().orElse(null);
            Map<String, Object> local = task.getTaskLocalVariables();
            steps.add(new WorkflowStep(task.getId(), WorkQueue.stepKey(task.getTaskDefinitionKey()), task.getName(),
                    group == null ? null : WorkflowVariables.roleOf(group),
                    group == null ? null : WorkflowVariables.agencyOf(group), task.getAssignee(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                    (String) local.get(WorkflowVariables.TASK_DECISION), (String) local.get(WorkflowVariables.TASK_NOTE)));
        }
        return steps;
    }
}
