package vn.openprovince.dossier.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.dossier.workflow.StepAgency;
import vn.openprovince.dossier.workflow.StepDefinition;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.dossier.workflow.internal.ProcessDefinitions;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.SignedInUser;

/** Administrators' set-up of each procedure's internal process: a step table, or an uploaded BPMN file. */
@RestController
@RequestMapping("/api/v1/workflow/procedures/{code}")
@Tag(name = "Workflow definitions", description = "Quy trình nội bộ: step tables and BPMN of procedures")
class ProcessDefinitionsApi {

    /** One row as sent: the role and agency kind as names, so a wrong one gets the module's problem detail. */
    record StepRow(String key, String name, String role, String agency, UUID agencyId, UUID departmentId,
                   Integer sharePercent) {
    }

    record StepTable(List<StepRow> steps) {
    }

    private final ProcessDefinitions definitions;
    private final CurrentUser currentUser;

    ProcessDefinitionsApi(ProcessDefinitions definitions, CurrentUser currentUser) {
        this.definitions = definitions;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The process in force for a procedure (its own, or the default step table)")
    ProcessDefinitions.ProcessInfo get(@PathVariable String code) {
        admin();
        return definitions.info(code);
    }

    @GetMapping(path = "/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The BPMN 2.0 XML in force for a procedure")
    String bpmn(@PathVariable String code) {
        admin();
        return definitions.bpmn(code);
    }

    @PutMapping("/steps")
    @Operation(summary = "Define the step table; the BPMN is generated and deployed (422 problem on invalid rows)")
    ProcessDefinitions.ProcessInfo defineSteps(@PathVariable String code, @RequestBody StepTable table) {
        SignedInUser user = admin();
        return definitions.defineSteps(code, steps(table), user.username());
    }

    @PostMapping(path = "/bpmn", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a BPMN 2.0 file for a complex procedure; validated before anything is deployed")
    ProcessDefinitions.ProcessInfo upload(@PathVariable String code, @RequestPart("file") MultipartFile file) {
        SignedInUser user = admin();
        if (!user.has(Role.SYSTEM_ADMIN)) {
            // An uploaded process holds expressions the engine evaluates: a system administrator's decision only.
            throw new WorkflowException(WorkflowError.WORKFLOW_UPLOAD_SYSTEM_ADMIN_ONLY);
        }
        try {
            return definitions.upload(code, file.getBytes(), user.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<StepDefinition> steps(StepTable table) {
        if (table == null || table.steps() == null) {
            return List.of();
        }
        List<StepDefinition> steps = new ArrayList<>();
        for (int i = 0; i < table.steps().size(); i++) {
            StepRow row = table.steps().get(i);
            String field = "steps[" + i + "]";
            Role role;
            StepAgency agency;
            try {
                role = Role.valueOf(row.role().strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw WorkflowException.onField(field + ".role", WorkflowError.WORKFLOW_ROLE_INVALID, i + 1);
            }
            try {
                agency = row.agency() == null ? StepAgency.COMPETENT
                        : StepAgency.valueOf(row.agency().strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw WorkflowException.onField(field + ".agency", WorkflowError.WORKFLOW_AGENCY_INVALID, i + 1);
            }
            steps.add(new StepDefinition(row.key(), row.name(), role, agency, row.agencyId(), row.departmentId(),
                    row.sharePercent() == null ? 0 : row.sharePercent()));
        }
        return steps;
    }

    private SignedInUser admin() {
        var user = currentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!user.has(Role.SYSTEM_ADMIN) && !user.has(Role.AGENCY_ADMIN)) {
            throw new WorkflowException(WorkflowError.WORKFLOW_NOT_ADMIN);
        }
        return user;
    }
}
