package vn.openprovince.dossier.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.validation.ProcessValidatorFactory;
import org.junit.jupiter.api.Test;
import vn.openprovince.dossier.workflow.StepAgency;
import vn.openprovince.dossier.workflow.StepDefinition;
import vn.openprovince.identity.Role;

/** The BPMN generated from a step table parses (schema-checked), passes the engine's validation and says what the table says. */
class BpmnGeneratorTests {

    static final UUID PROVINCE = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void aThreeStepTableBecomesThreeUserTasksInSequenceWithGroupsTimersAndDecisionGateways() {
        var steps = List.of(
                new StepDefinition("specialist", "Chuyên viên thẩm định", Role.SPECIALIST, StepAgency.COMPETENT, null, null, 50),
                new StepDefinition("head", "Trưởng phòng & kiểm tra", Role.DEPARTMENT_HEAD, StepAgency.RECEIVING, null, null, 20),
                new StepDefinition("leader", "Lãnh đạo tỉnh phê duyệt", Role.LEADER, StepAgency.NAMED, PROVINCE, null, 30));
        String xml = BpmnGenerator.generate(BpmnGenerator.processKey("1.001193.000.00.00.H49"), "Quy trình", steps);

        var model = new BpmnXMLConverter().convertToBpmnModel(
                new InputStreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), true, true);
        var process = model.getMainProcess();
        assertThat(process.getId()).isEqualTo("dossier_1_001193_000_00_00_H49");
        assertThat(new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)
                .stream().filter(error -> !error.isWarning())).isEmpty();

        List<UserTask> tasks = process.findFlowElementsOfType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId).containsExactly("step_specialist", "step_head", "step_leader");
        assertThat(tasks).extracting(UserTask::getName)
                .containsExactly("Chuyên viên thẩm định", "Trưởng phòng & kiểm tra", "Lãnh đạo tỉnh phê duyệt");
        assertThat(tasks.get(0).getCandidateGroups()).containsExactly("SPECIALIST:${competentAgency}");
        assertThat(tasks.get(1).getCandidateGroups()).containsExactly("DEPARTMENT_HEAD:${receivingAgency}");
        assertThat(tasks.get(2).getCandidateGroups()).containsExactly("LEADER:" + PROVINCE);
        assertThat(tasks.get(0).getDueDate()).isEqualTo("${due_specialist}");
        assertThat(tasks.get(0).getExecutionListeners()).singleElement()
                .satisfies(listener -> assertThat(listener.getImplementation())
                        .isEqualTo("${workflowClock.startStep(execution, 'specialist', 50)}"));

        // The first task flows into its gateway whose default goes to the second task.
        var first = (ExclusiveGateway) process.getFlowElement("decide_specialist");
        assertThat(process.getFlowElement(first.getDefaultFlow())).satisfies(flow ->
                assertThat(((org.flowable.bpmn.model.SequenceFlow) flow).getTargetRef()).isEqualTo("step_head"));
        // Return from the second step goes back to the first; only the leader's (last) step can refuse.
        var second = (ExclusiveGateway) process.getFlowElement("decide_head");
        assertThat(second.getOutgoingFlows()).extracting(flow -> flow.getTargetRef())
                .containsExactlyInAnyOrder("step_leader", "step_specialist");
        var last = (ExclusiveGateway) process.getFlowElement("decide_leader");
        assertThat(last.getOutgoingFlows()).extracting(flow -> flow.getTargetRef())
                .containsExactlyInAnyOrder("approved", "refused", "step_head");
        assertThat(process.findFlowElementsOfType(EndEvent.class)).extracting(EndEvent::getId)
                .contains("approved", "refused");

        // Two non-interrupting timers per step: the warning and the escalation.
        List<BoundaryEvent> timers = process.findFlowElementsOfType(BoundaryEvent.class);
        assertThat(timers).hasSize(6).allSatisfy(timer -> {
            assertThat(timer.isCancelActivity()).isFalse();
            assertThat(timer.getEventDefinitions().getFirst()).isInstanceOf(TimerEventDefinition.class);
        });
        assertThat(timers).filteredOn(timer -> timer.getAttachedToRefId().equals("step_leader"))
                .extracting(timer -> ((TimerEventDefinition) timer.getEventDefinitions().getFirst()).getTimeDate())
                .containsExactlyInAnyOrder("${warn_leader}", "${due_leader}");
    }

    @Test
    void aDepartmentNarrowsTheCandidateGroup() {
        UUID department = UUID.randomUUID();
        var step = new StepDefinition("review", "Phòng Tư pháp thẩm định", Role.SPECIALIST, StepAgency.NAMED, PROVINCE,
                department, 100);
        assertThat(BpmnGenerator.candidateGroup(step)).isEqualTo("SPECIALIST:" + PROVINCE + ":" + department);
    }
}
