package vn.openprovince.dossier.workflow.internal;

/** A small uploaded-style process: one review step with a short non-interrupting escalation timer. */
final class TwoNodeTimerBpmn {

    static final String BODY = """
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
            <userTask id="review" name="Thẩm định" flowable:candidateGroups="SPECIALIST:${competentAgency}"/>
            <boundaryEvent id="late" attachedToRef="review" cancelActivity="false">
              <timerEventDefinition><timeDuration>PT2S</timeDuration></timerEventDefinition>
            </boundaryEvent>
            <sequenceFlow id="f2" sourceRef="late" targetRef="escalate"/>
            <serviceTask id="escalate" flowable:expression="${workflowTimers.escalate(execution, 'review')}"/>
            <sequenceFlow id="f3" sourceRef="escalate" targetRef="lateEnd"/>
            <endEvent id="lateEnd"/>
            <sequenceFlow id="f4" sourceRef="review" targetRef="end"/>
            <endEvent id="end"/>""";

    private TwoNodeTimerBpmn() {
    }

    static String definitions(String processId, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://example.org/test">
                  <process id="%s" isExecutable="true">
                %s
                  </process>
                </definitions>
                """.formatted(processId, body);
    }
}
