package vn.openprovince.dossier.workflow.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.dossier.workflow.StepAgency;
import vn.openprovince.dossier.workflow.StepDefinition;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Quy trình nội bộ của thủ tục: an administrator's step table per procedure code, validated, turned into
 * BPMN 2.0 and deployed to the engine; or an uploaded BPMN file for a complex procedure, validated before
 * anything is deployed. Procedures without either run a default process, so every accepted dossier gets one:
 * specialist → department head → leader of the competent agency, or specialist → leader where the competent
 * agency is a commune's (commune People's Committees have civil servants under the chairman, no department heads).
 */
@Service
public class ProcessDefinitions {

    /** The procedure code under which the default process is kept. */
    public static final String DEFAULT_PROCEDURE = "DEFAULT";
    static final List<StepDefinition> DEFAULT_STEPS = List.of(
            new StepDefinition("specialist", "Chuyên viên thẩm định hồ sơ", Role.SPECIALIST, StepAgency.COMPETENT,
                    null, null, 50),
            new StepDefinition("department_head", "Trưởng phòng xem xét", Role.DEPARTMENT_HEAD, StepAgency.COMPETENT,
                    null, null, 25),
            new StepDefinition("leader", "Lãnh đạo phê duyệt", Role.LEADER, StepAgency.COMPETENT, null, null, 25));
    /** The procedure code under which the default process of commune agencies is kept. */
    public static final String DEFAULT_COMMUNE_PROCEDURE = "DEFAULT_COMMUNE";
    static final List<StepDefinition> DEFAULT_COMMUNE_STEPS = List.of(
            new StepDefinition("specialist", "Công chức chuyên môn thẩm định hồ sơ", Role.SPECIALIST,
                    StepAgency.COMPETENT, null, null, 60),
            new StepDefinition("leader", "Lãnh đạo UBND xã phê duyệt", Role.LEADER, StepAgency.COMPETENT, null, null, 40));
    /** Administrative unit codes of communes have five digits (districts three, provinces two). */
    private static final int COMMUNE_UNIT_CODE_LENGTH = 5;
    /** Roles that hold processing steps (citizens and administrators do not). */
    static final Set<Role> STEP_ROLES = Set.of(Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST, Role.CLERK,
            Role.ONE_STOP_OFFICER);
    private static final Pattern STEP_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final int MAX_BPMN_BYTES = 1024 * 1024;

    /** What is in force for a procedure. */
    public record ProcessInfo(String procedureCode, String source, String processKey, String processDefinitionId,
                              int definitionVersion, List<StepDefinition> steps, String updatedBy, Instant updatedAt) {
    }

    private final ProcedureProcesses processes;
    private final ProcedureSteps stepRows;
    private final RepositoryService repository;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ProcessDefinitions(ProcedureProcesses processes, ProcedureSteps stepRows, RepositoryService repository,
                       OrganizationDirectory directory, AuditTrail audit) {
        this.processes = processes;
        this.stepRows = stepRows;
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
    }

    /** The process in force for a procedure: its own, else the default one. */
    @Transactional(readOnly = true)
    public ProcessInfo info(String procedureCode) {
        var own = processes.findById(procedureCode);
        if (own.isEmpty()) {
            return new ProcessInfo(procedureCode, "DEFAULT", BpmnGenerator.processKey(DEFAULT_PROCEDURE), null, 0,
                    DEFAULT_STEPS, null, null);
        }
        var process = own.get();
        var steps = stepRows.findByProcedureCodeOrderByPosition(procedureCode).stream()
                .map(ProcedureStep::definition).toList();
        return new ProcessInfo(procedureCode, process.source().name(), process.processKey(),
                process.processDefinitionId(), process.definitionVersion(), steps, process.updatedBy(),
                process.updatedAt());
    }

    /** The BPMN XML of the process in force for a procedure. */
    @Transactional
    public String bpmn(String procedureCode) {
        String id = processDefinitionFor(procedureCode);
        var definition = repository.getProcessDefinition(id);
        try (var in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Validates a step table, generates its BPMN and deploys it as the procedure's process. */
    @Transactional
    public ProcessInfo defineSteps(String procedureCode, List<StepDefinition> steps, String by) {
        validate(steps);
        String key = BpmnGenerator.processKey(procedureCode);
        String xml = BpmnGenerator.generate(key, "Quy trình " + procedureCode, steps);
        ProcessDefinition definition = deploy(procedureCode, key, xml);
        var process = processes.findById(procedureCode).orElseGet(() -> new ProcedureProcess(procedureCode));
        process.deployed(ProcedureProcess.Source.STEP_TABLE, key, definition.getDeploymentId(), definition.getId(),
                definition.getVersion(), by, clock.instant());
        processes.saveAndFlush(process);
        stepRows.deleteByProcedureCode(procedureCode);
        for (int i = 0; i < steps.size(); i++) {
            stepRows.save(new ProcedureStep(procedureCode, i, steps.get(i)));
        }
        audit.record("workflow.steps-defined", "ProcedureProcess", procedureCode, null,
                steps.size() + " bước, phiên bản " + definition.getVersion());
        return info(procedureCode);
    }

    /** Validates an uploaded BPMN file and deploys it as the procedure's process; nothing is deployed if it fails. */
    @Transactional
    public ProcessInfo upload(String procedureCode, byte[] file, String by) {
        BpmnModel model = checkUpload(file);
        String key = BpmnGenerator.processKey(procedureCode);
        // The procedure owns the key: an uploaded process id never collides with another procedure's.
        model.getMainProcess().setId(key);
        String xml = new String(new BpmnXMLConverter().convertToXML(model), StandardCharsets.UTF_8);
        ProcessDefinition definition = deploy(procedureCode, key, xml);
        var process = processes.findById(procedureCode).orElseGet(() -> new ProcedureProcess(procedureCode));
        process.deployed(ProcedureProcess.Source.UPLOAD, key, definition.getDeploymentId(), definition.getId(),
                definition.getVersion(), by, clock.instant());
        processes.saveAndFlush(process);
        stepRows.deleteByProcedureCode(procedureCode);
        audit.record("workflow.bpmn-uploaded", "ProcedureProcess", procedureCode, null,
                "phiên bản " + definition.getVersion());
        return info(procedureCode);
    }

    /** The engine's id of the process definition a new dossier of the procedure starts. */
    @Transactional
    public String processDefinitionFor(String procedureCode) {
        return processDefinitionFor(procedureCode, null);
    }

    /**
     * The engine's id of the process definition a new dossier of the procedure starts at a competent agency: the
     * procedure's own process, else the default one for that agency's level.
     */
    @Transactional
    public String processDefinitionFor(String procedureCode, AgencyId competentAgency) {
        var own = processes.findById(procedureCode);
        if (own.isPresent()) {
            return own.get().processDefinitionId();
        }
        boolean commune = competentAgency != null && directory.agency(competentAgency)
                .map(agency -> agency.unitCode() != null && agency.unitCode().length() == COMMUNE_UNIT_CODE_LENGTH)
                .orElse(false);
        String procedure = commune ? DEFAULT_COMMUNE_PROCEDURE : DEFAULT_PROCEDURE;
        String key = BpmnGenerator.processKey(procedure);
        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        if (latest != null) {
            return latest.getId();
        }
        return commune
                ? deploy(procedure, key, BpmnGenerator.generate(key, "Quy trình mặc định cấp xã", DEFAULT_COMMUNE_STEPS)).getId()
                : deploy(procedure, key, BpmnGenerator.generate(key, "Quy trình mặc định", DEFAULT_STEPS)).getId();
    }

    private ProcessDefinition deploy(String procedureCode, String key, String xml) {
        var deployment = repository.createDeployment().name("Quy trình " + procedureCode).key(key)
                .category("dossier").addString(key + ".bpmn20.xml", xml).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }

    /** The rules of a step table: 1+ steps, unique keys, names, step roles, known agencies, shares totalling ≤ 100%. */
    void validate(List<StepDefinition> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new WorkflowException(WorkflowError.WORKFLOW_NO_STEPS);
        }
        Set<String> keys = new HashSet<>();
        int total = 0;
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            String field = "steps[" + i + "]";
            if (step.key() == null || !STEP_KEY.matcher(step.key()).matches()) {
                throw WorkflowException.onField(field + ".key", WorkflowError.WORKFLOW_STEP_KEY_INVALID, i + 1);
            }
            if (!keys.add(step.key())) {
                throw WorkflowException.onField(field + ".key", WorkflowError.WORKFLOW_STEP_KEY_DUPLICATE, step.key());
            }
            if (step.name() == null || step.name().isBlank() || step.name().length() > 200) {
                throw WorkflowException.onField(field + ".name", WorkflowError.WORKFLOW_STEP_NAME_REQUIRED, i + 1);
            }
            if (step.role() == null || !STEP_ROLES.contains(step.role())) {
                throw WorkflowException.onField(field + ".role", WorkflowError.WORKFLOW_ROLE_INVALID, i + 1);
            }
            if (step.agency() == null || (step.agency() == StepAgency.NAMED) != (step.agencyId() != null)
                    || (step.agencyId() != null && directory.agency(new AgencyId(step.agencyId())).isEmpty())) {
                throw WorkflowException.onField(field + ".agency", WorkflowError.WORKFLOW_AGENCY_INVALID, i + 1);
            }
            if (step.departmentId() != null) {
                var department = directory.department(step.departmentId());
                if (department.isEmpty() || (step.agencyId() != null
                        && !department.get().agencyId().value().equals(step.agencyId()))) {
                    throw WorkflowException.onField(field + ".departmentId", WorkflowError.WORKFLOW_AGENCY_INVALID, i + 1);
                }
            }
            if (step.sharePercent() < 1 || step.sharePercent() > 100) {
                throw WorkflowException.onField(field + ".sharePercent", WorkflowError.WORKFLOW_SHARE_INVALID, i + 1);
            }
            total += step.sharePercent();
        }
        if (total > 100) {
            throw WorkflowException.onField("steps", WorkflowError.WORKFLOW_SHARES_EXCEED, total);
        }
    }

    /**
     * An uploaded file must parse as BPMN 2.0 (schema-checked, no external entities), have a start and an end
     * event, give every user task candidate groups of the form {@code ROLE:<agency>} and pass the engine's own
     * validation.
     */
    BpmnModel checkUpload(byte[] file) {
        if (file == null || file.length == 0 || file.length > MAX_BPMN_BYTES) {
            throw new WorkflowException(WorkflowError.WORKFLOW_BPMN_UNREADABLE);
        }
        BpmnModel model;
        try {
            model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(new ByteArrayInputStream(file)),
                    true, true);
        } catch (RuntimeException e) {
            throw new WorkflowException(WorkflowError.WORKFLOW_BPMN_UNREADABLE);
        }
        Process process = model.getMainProcess();
        if (process == null) {
            throw new WorkflowException(WorkflowError.WORKFLOW_BPMN_UNREADABLE);
        }
        if (process.findFlowElementsOfType(StartEvent.class, false).isEmpty()) {
            throw new WorkflowException(WorkflowError.WORKFLOW_BPMN_NO_START);
        }
        if (process.findFlowElementsOfType(EndEvent.class, true).isEmpty()) {
            throw new WorkflowException(WorkflowError.WORKFLOW_BPMN_NO_END);
        }
        // Uploaded processes run inside the platform: no scripts, no Java classes or beans named by the file.
        if (process.getExecutionListeners().stream().anyMatch(listener ->
                !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(listener.getImplementationType()))) {
            throw WorkflowException.onField("file", WorkflowError.WORKFLOW_BPMN_INVALID, process.getId(),
                    "script, class or delegate expression not allowed");
        }
        for (var element : process.findFlowElementsOfType(org.flowable.bpmn.model.FlowElement.class, true)) {
            if (element instanceof org.flowable.bpmn.model.ScriptTask
                    || (element instanceof org.flowable.bpmn.model.ServiceTask service
                    && !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(service.getImplementationType()))
                    || element.getExecutionListeners().stream().anyMatch(listener ->
                    !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(listener.getImplementationType()))
                    || (element instanceof UserTask user && user.getTaskListeners().stream().anyMatch(listener ->
                    !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(listener.getImplementationType())))) {
                throw WorkflowException.onField("file", WorkflowError.WORKFLOW_BPMN_INVALID, element.getId(),
                        "script, class or delegate expression not allowed");
            }
        }
        for (UserTask task : process.findFlowElementsOfType(UserTask.class, true)) {
            if (task.getCandidateGroups().isEmpty()
                    || !task.getCandidateGroups().stream().allMatch(ProcessDefinitions::isRoleGroup)) {
                throw WorkflowException.onField("file", WorkflowError.WORKFLOW_BPMN_TASK_WITHOUT_GROUP, task.getId());
            }
        }
        List<ValidationError> errors = new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)
                .stream().filter(error -> !error.isWarning()).toList();
        if (!errors.isEmpty()) {
            var first = errors.getFirst();
            throw WorkflowException.onField("file", WorkflowError.WORKFLOW_BPMN_INVALID,
                    first.getActivityId() == null ? "-" : first.getActivityId(), first.getProblem());
        }
        return model;
    }

    private static boolean isRoleGroup(String group) {
        int colon = group.indexOf(':');
        if (colon < 1) {
            return false;
        }
        try {
            return STEP_ROLES.contains(Role.valueOf(group.substring(0, colon).trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static UUID parseUuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
