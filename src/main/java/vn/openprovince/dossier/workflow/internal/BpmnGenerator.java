package vn.openprovince.dossier.workflow.internal;

import java.util.List;
import vn.openprovince.dossier.workflow.StepAgency;
import vn.openprovince.dossier.workflow.StepDefinition;
import vn.openprovince.identity.Role;

/**
 * Writes the BPMN 2.0 process of a step table: the user tasks in sequence, each held by the candidate group
 * {@code ROLE:<agency>} (or {@code ROLE:<agency>:<department>}), with a non-interrupting timer that warns
 * before the step's due time and one that escalates when it is overdue. After each step a gateway routes the
 * officer's decision: {@code RETURN} to the previous step, {@code REFUSE} (leader's or last step) to the
 * refusal end, anything else onwards.
 */
final class BpmnGenerator {

    /** Id prefix of a step's warning timer (boundary event {@code warn_<step key>}). */
    static final String WARNING_PREFIX = "warn_";

    /** Process variables the generated process reads; set when a dossier's process starts. */
    static final String COMPETENT_AGENCY = "competentAgency";
    static final String RECEIVING_AGENCY = "receivingAgency";

    private BpmnGenerator() {
    }

    /** Whether the step may end the process with a refusal. */
    static boolean refusable(List<StepDefinition> steps, int index) {
        return index == steps.size() - 1 || steps.get(index).role() == Role.LEADER;
    }

    static String generate(String processKey, String processName, List<StepDefinition> steps) {
        var xml = new StringBuilder();
        xml.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xmlns:flowable="http://flowable.org/bpmn"
                             targetNamespace="https://openprovince.vn/dossier/workflow">
                """);
        xml.append("  <process id=\"").append(escape(processKey)).append("\" name=\"").append(escape(processName))
                .append("\" isExecutable=\"true\">\n");
        xml.append("    <startEvent id=\"start\"/>\n");
        flow(xml, "f_start", "start", taskId(steps.getFirst()), null);
        boolean anyRefusal = false;
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            String task = taskId(step);
            String key = step.key();
            xml.append("    <userTask id=\"").append(task).append("\" name=\"").append(escape(step.name()))
                    .append("\" flowable:candidateGroups=\"").append(escape(candidateGroup(step)))
                    .append("\" flowable:dueDate=\"${").append(StepClock.dueVariable(key)).append("}\">\n")
                    .append("      <extensionElements>\n")
                    .append("        <flowable:executionListener event=\"start\" expression=\"${workflowClock.startStep(execution, '")
                    .append(key).append("', ").append(step.sharePercent()).append(")}\"/>\n")
                    .append("      </extensionElements>\n")
                    .append("    </userTask>\n");
            timer(xml, WARNING_PREFIX + key, task, StepClock.warnVariable(key), "workflowTimers.warn(execution, '" + key + "')");
            timer(xml, "overdue_" + key, task, StepClock.dueVariable(key),
                    "workflowTimers.escalate(execution, '" + key + "')");
            String gateway = "decide_" + key;
            String next = i + 1 < steps.size() ? taskId(steps.get(i + 1)) : "approved";
            xml.append("    <exclusiveGateway id=\"").append(gateway).append("\" default=\"next_").append(key)
                    .append("\"/>\n");
            flow(xml, "to_" + gateway, task, gateway, null);
            flow(xml, "next_" + key, gateway, next, null);
            if (i > 0) {
                flow(xml, "return_" + key, gateway, taskId(steps.get(i - 1)), "${decision == 'RETURN'}");
            }
            if (refusable(steps, i)) {
                anyRefusal = true;
                flow(xml, "refuse_" + key, gateway, "refused", "${decision == 'REFUSE'}");
            }
        }
        xml.append("    <endEvent id=\"approved\" name=\"Đã xử lý xong\"/>\n");
        if (anyRefusal) {
            xml.append("    <endEvent id=\"refused\" name=\"Từ chối giải quyết\"/>\n");
        }
        xml.append("  </process>\n</definitions>\n");
        return xml.toString();
    }

    static String taskId(StepDefinition step) {
        return "step_" + step.key();
    }

    /** The group that holds the step: its role at the agency (a process variable or a fixed id), maybe a department. */
    static String candidateGroup(StepDefinition step) {
        String agency = switch (step.agency()) {
            case COMPETENT -> "${" + COMPETENT_AGENCY + "}";
            case RECEIVING -> "${" + RECEIVING_AGENCY + "}";
            case NAMED -> step.agencyId().toString();
        };
        String group = step.role().name() + ":" + agency;
        return step.departmentId() == null ? group : group + ":" + step.departmentId();
    }

    private static void timer(StringBuilder xml, String id, String attachedTo, String dateVariable, String expression) {
        xml.append("    <boundaryEvent id=\"").append(id).append("\" attachedToRef=\"").append(attachedTo)
                .append("\" cancelActivity=\"false\">\n")
                .append("      <timerEventDefinition><timeDate>${").append(dateVariable)
                .append("}</timeDate></timerEventDefinition>\n")
                .append("    </boundaryEvent>\n");
        xml.append("    <serviceTask id=\"").append(id).append("_run\" flowable:expression=\"${").append(expression)
                .append("}\"/>\n");
        xml.append("    <endEvent id=\"").append(id).append("_end\"/>\n");
        flow(xml, id + "_f1", id, id + "_run", null);
        flow(xml, id + "_f2", id + "_run", id + "_end", null);
    }

    private static void flow(StringBuilder xml, String id, String source, String target, String condition) {
        xml.append("    <sequenceFlow id=\"").append(id).append("\" sourceRef=\"").append(source)
                .append("\" targetRef=\"").append(target).append("\"");
        if (condition == null) {
            xml.append("/>\n");
        } else {
            xml.append(">\n      <conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[").append(condition)
                    .append("]]></conditionExpression>\n    </sequenceFlow>\n");
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A Flowable process key from a procedure code: BPMN ids are NCNames, so dots and such become underscores. */
    static String processKey(String procedureCode) {
        return "dossier_" + procedureCode.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static boolean isNamed(StepDefinition step) {
        return step.agency() == StepAgency.NAMED;
    }
}
