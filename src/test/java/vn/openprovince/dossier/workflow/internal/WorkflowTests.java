package vn.openprovince.dossier.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.catalog.ProcessingTimeUnit;
import vn.openprovince.dossier.DossierAccepted;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.workflow.DossierWorkflows;
import vn.openprovince.dossier.workflow.ProcessingFinished;
import vn.openprovince.dossier.workflow.ProcessingStarted;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * The processing workflows end to end on the engine: step tables (validation, generation, deployment), BPMN
 * uploads, the work queue API with claim and completion conflicts, hand-overs, timers, and step due times.
 * Acceptance is built elsewhere, so the tests publish {@link DossierAccepted} themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class WorkflowTests {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    DossierWorkflows workflows;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    StepTimers timers;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername(username));
    }

    private AgencyId agencyOf(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow().agencyId();
    }

    private static String uniqueCode() {
        return "TEST.WF." + UUID.randomUUID().toString().substring(0, 8);
    }

    private MvcTestResult defineSteps(String user, String code, String json) {
        return mvc.put().uri("/api/v1/workflow/procedures/{code}/steps", code).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private String threeStepTable(AgencyId leaderAgency) {
        return """
                {"steps": [
                  {"key": "specialist", "name": "Chuyên viên thẩm định", "role": "SPECIALIST", "agency": "COMPETENT", "sharePercent": 40},
                  {"key": "department_head", "name": "Trưởng phòng xem xét", "role": "DEPARTMENT_HEAD", "agency": "COMPETENT", "sharePercent": 30},
                  {"key": "leader", "name": "Lãnh đạo UBND tỉnh phê duyệt", "role": "LEADER", "agency": "NAMED", "agencyId": "%s", "sharePercent": 30}
                ]}""".formatted(leaderAgency.value());
    }

    private static String dossierCode(DossierId dossier) {
        return "000.00.00.H49-261201-" + dossier.value().toString().substring(0, 4);
    }

    private DossierId accept(String procedureCode, AgencyId competent, Instant dueAt) {
        var dossier = new DossierId(UUID.randomUUID());
        String code = dossierCode(dossier);
        transactions.executeWithoutResult(status -> publisher.publishEvent(new DossierAccepted(dossier, code, null,
                procedureCode, agencyOf("motcua.tinh"), competent, "motcua.tinh", Instant.now(), dueAt,
                dueAt.atZone(VN).toLocalDate())));
        return dossier;
    }

    private String awaitTask(String user, DossierId dossier, String stepKey) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var list = mvc.get().uri("/api/v1/tasks?size=100").with(httpBasic(user, PASSWORD)).exchange();
            assertThat(list).hasStatusOk();
            List<String> ids = JsonPath.read(body(list), "$.content[?(@.dossierId == '" + dossier.value()
                    + "' && @.stepKey == '" + stepKey + "')].id");
            assertThat(ids).hasSize(1);
            id[0] = ids.getFirst();
        });
        return id[0];
    }

    /** The subjects of the in-app notices about a dossier in an official's inbox. */
    private List<String> notices(String username, DossierId dossier) {
        return jdbc.queryForList("select m.subject from notification_message m join account a on a.id = m.account_id"
                + " where a.username = ? and m.channel = 'IN_APP' and m.body like ?", String.class, username,
                "%" + dossierCode(dossier) + "%");
    }

    private void awaitWarningAndEscalation(String task) {
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select kind from workflow_escalation where task_id = ?", String.class, task))
                .containsExactlyInAnyOrder("WARNING", "ESCALATION"));
    }

    private MvcTestResult complete(String user, String taskId, String decision, String note) {
        return mvc.post().uri("/api/v1/tasks/{id}/complete", taskId).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"%s\", \"note\": \"%s\"}".formatted(decision, note)).exchange();
    }

    private MvcTestResult claim(String user, String taskId) {
        return mvc.post().uri("/api/v1/tasks/{id}/claim", taskId).with(httpBasic(user, PASSWORD)).exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAcceptedDossierRunsThroughThreeStepsByThreeOfficersAndProcessingFinishes() throws Exception {
        String code = uniqueCode();
        AgencyId office = agencyOf("chuyenvien.tinh");
        AgencyId province = agencyOf("lanhdao.tinh");
        assertThat(defineSteps("admin", code, threeStepTable(province))).hasStatusOk()
                .bodyJson().extractingPath("$.source").isEqualTo("STEP_TABLE");

        DossierId dossier = accept(code, office, Instant.now().plus(Duration.ofDays(10)));

        String first = awaitTask("chuyenvien.tinh", dossier, "specialist");
        assertThat(claim("chuyenvien.tinh", first)).hasStatusOk().bodyJson().extractingPath("$.assignee")
                .isEqualTo("chuyenvien.tinh");
        var mine = mvc.get().uri("/api/v1/tasks?mine=true").with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(mine).bodyJson().extractingPath("$.content[*].id").asArray().contains(first);
        // A working document on the step: stored, listed, downloadable; an empty file is refused.
        byte[] draft = "Dự thảo giấy chứng nhận".getBytes(StandardCharsets.UTF_8);
        var attached = mvc.post().uri("/api/v1/tasks/{id}/documents", first).multipart()
                .file(new MockMultipartFile("file", "du-thao.txt", "text/plain", draft))
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(attached).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.fileName").isEqualTo("du-thao.txt");
        String documentId = JsonPath.read(body(attached), "$.id");
        assertThat(mvc.post().uri("/api/v1/tasks/{id}/documents", first).multipart()
                .file(new MockMultipartFile("file", "rong.txt", "text/plain", new byte[0]))
                .with(httpBasic("chuyenvien.tinh", PASSWORD))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("WORKFLOW_DOCUMENT_INVALID");
        var download = mvc.get().uri("/api/v1/tasks/{id}/documents/{doc}", first, documentId)
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(draft);
        assertThat(mvc.get().uri("/api/v1/tasks/{id}/documents", first).with(httpBasic("lanhdao.xa", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(complete("chuyenvien.tinh", first, "APPROVE", "Hồ sơ đầy đủ, đề nghị cấp")).hasStatusOk()
                .bodyJson().extractingPath("$.finished").isEqualTo(false);

        String second = awaitTask("truongphong.tinh", dossier, "department_head");
        // The head takes it at completion; the specialist's hand-over names them as receiver.
        assertThat(complete("truongphong.tinh", second, "APPROVE", "Đồng ý")).hasStatusOk();

        String third = awaitTask("lanhdao.tinh", dossier, "leader");
        assertThat(complete("lanhdao.tinh", third, "APPROVE", "Phê duyệt")).hasStatusOk()
                .bodyJson().extractingPath("$.finished").isEqualTo(true);

        assertThat(events.stream(ProcessingFinished.class).filter(event -> event.dossierId().equals(dossier)))
                .singleElement().satisfies(event -> {
                    assertThat(event.approved()).isTrue();
                    assertThat(event.decidedBy()).isEqualTo("lanhdao.tinh");
                });
        var steps = workflows.steps(dossier);
        assertThat(steps).extracting(step -> step.stepKey()).containsExactly("specialist", "department_head", "leader");
        assertThat(steps).extracting(step -> step.assignee())
                .containsExactly("chuyenvien.tinh", "truongphong.tinh", "lanhdao.tinh");
        assertThat(steps).extracting(step -> step.decision()).containsOnly("APPROVE");
        assertThat(steps.getFirst().note()).isEqualTo("Hồ sơ đầy đủ, đề nghị cấp");
        assertThat(steps.getFirst().role()).isEqualTo("SPECIALIST");
        assertThat(steps.getFirst().agencyId()).isEqualTo(office.value());
        assertThat(steps.get(2).agencyId()).isEqualTo(province.value());
        assertThat(steps).allSatisfy(step -> assertThat(step.completedAt()).isNotNull());

        var handOvers = jdbc.queryForList("select handed_by, received_by, timeliness, decision from workflow_hand_over"
                + " where dossier_id = ? order by handed_at", dossier.value());
        assertThat(handOvers).extracting(row -> row.get("handed_by"))
                .containsExactly("chuyenvien.tinh", "truongphong.tinh", "lanhdao.tinh");
        assertThat(handOvers).extracting(row -> row.get("received_by"))
                .containsExactly("truongphong.tinh", "lanhdao.tinh", null);
        assertThat(handOvers).extracting(row -> row.get("timeliness")).containsOnly("EARLY");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'workflow.task-completed'"
                + " and details like ?", Long.class, "%" + code.substring(0, 4) + "%")).isNotNull();
        // The slip of the dossier lists the three hand-overs.
        var slip = mvc.get().uri("/api/v1/workflow/dossiers/{id}/hand-overs", dossier.value())
                .with(httpBasic("lanhdao.tinh", PASSWORD)).exchange();
        assertThat(slip).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(3);
    }

    @Test
    void returningSendsTheDossierBackAndRefusingAtTheLeaderStepFinishesWithoutApproval() throws Exception {
        String code = uniqueCode();
        AgencyId office = agencyOf("chuyenvien.tinh");
        assertThat(defineSteps("admin", code, threeStepTable(agencyOf("lanhdao.tinh")))).hasStatusOk();
        DossierId dossier = accept(code, office, Instant.now().plus(Duration.ofDays(10)));

        String first = awaitTask("chuyenvien.tinh", dossier, "specialist");
        // No previous step to return to, and a specialist's step cannot refuse.
        assertThat(complete("chuyenvien.tinh", first, "RETURN", "x")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("WORKFLOW_DECISION_INVALID");
        assertThat(complete("chuyenvien.tinh", first, "REFUSE", "x")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(complete("chuyenvien.tinh", first, "APPROVE", "Đủ")).hasStatusOk();
        String second = awaitTask("truongphong.tinh", dossier, "department_head");
        assertThat(complete("truongphong.tinh", second, "RETURN", "Bổ sung ý kiến thẩm định")).hasStatusOk();
        String again = awaitTask("chuyenvien.tinh", dossier, "specialist");
        assertThat(again).isNotEqualTo(first);
        assertThat(complete("chuyenvien.tinh", again, "APPROVE", "Đã bổ sung")).hasStatusOk();
        assertThat(complete("truongphong.tinh", awaitTask("truongphong.tinh", dossier, "department_head"),
                "APPROVE", "Đồng ý")).hasStatusOk();
        assertThat(complete("lanhdao.tinh", awaitTask("lanhdao.tinh", dossier, "leader"), "REFUSE",
                "Không đủ điều kiện")).hasStatusOk().bodyJson().extractingPath("$.finished").isEqualTo(true);

        assertThat(events.stream(ProcessingFinished.class).filter(event -> event.dossierId().equals(dossier)))
                .singleElement().satisfies(event -> assertThat(event.approved()).isFalse());
        assertThat(workflows.steps(dossier)).extracting(step -> step.decision())
                .containsExactly("APPROVE", "RETURN", "APPROVE", "APPROVE", "REFUSE");
    }

    @Test
    void completingOrTakingATaskSomeoneElseHoldsIs409AndChangesNothingAndOutOfScopeIs404() throws Exception {
        String code = uniqueCode();
        AgencyId office = agencyOf("chuyenvien.tinh");
        assertThat(defineSteps("admin", code, threeStepTable(agencyOf("lanhdao.tinh")))).hasStatusOk();
        // Due in a few seconds: the warning and then the escalation fire while the specialist holds the step.
        DossierId dossier = accept(code, office, Instant.now().plus(Duration.ofSeconds(4)));
        String task = awaitTask("chuyenvien.tinh", dossier, "specialist");
        assertThat(claim("chuyenvien.tinh", task)).hasStatusOk();

        // Overdue: the department head and leader of the agency join the step's groups.
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select kind from workflow_escalation where task_id = ?", String.class, task))
                .containsExactlyInAnyOrder("WARNING", "ESCALATION"));
        assertThat(taskService.getIdentityLinksForTask(task)).extracting(link -> link.getGroupId())
                .contains("DEPARTMENT_HEAD:" + office.value(), "LEADER:" + office.value());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'workflow.step-escalated'"
                + " and object_id = ?", Long.class, task)).isEqualTo(1L);
        var held = mvc.get().uri("/api/v1/tasks/{id}", task).with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(held).bodyJson().extractingPath("$.overdue").isEqualTo(true);
        assertThat(held).bodyJson().extractingPath("$.escalated").isEqualTo(true);

        // Now in the head's scope, but held by the specialist.
        var conflict = complete("truongphong.tinh", task, "APPROVE", "thay");
        assertThat(conflict).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_TASK_HELD_BY_OTHER");
        assertThat(conflict).bodyJson().extractingPath("$.detail").asString().contains("cán bộ khác");
        assertThat(claim("truongphong.tinh", task)).hasStatus(HttpStatus.CONFLICT);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("chuyenvien.tinh");
        assertThat(jdbc.queryForObject("select count(*) from workflow_hand_over where task_id = ?", Long.class, task))
                .isZero();

        // A commune leader has nothing to do with it.
        assertThat(claim("lanhdao.xa", task)).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_TASK_UNKNOWN");
        assertThat(complete("lanhdao.xa", task, "APPROVE", "")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(complete("chuyenvien.tinh", task, "APPROVE", "Muộn")).hasStatusOk();
        assertThat(jdbc.queryForObject("select timeliness from workflow_hand_over where task_id = ?", String.class,
                task)).isEqualTo("LATE");
    }

    @Test
    void anUntakenStepWarnsItsHoldersAndEscalatesToTheLeaderOfItsAgencyOnceEachAndARepeatedCallTellsNobody() {
        String code = uniqueCode();
        AgencyId commune = agencyOf("chuyenvien.xa");
        assertThat(defineSteps("admin", code, """
                {"steps": [{"key": "check", "name": "Thẩm định hồ sơ hộ tịch", "role": "SPECIALIST",
                            "agency": "COMPETENT", "sharePercent": 100}]}""")).hasStatusOk();
        // Due in a few seconds and taken by nobody: the warning goes to the commune's specialists, the
        // escalation to its leader (a commune has no department head).
        Instant due = Instant.now().plus(Duration.ofSeconds(4));
        DossierId dossier = accept(code, commune, due);
        String task = awaitTask("chuyenvien.xa", dossier, "check");
        awaitWarningAndEscalation(task);

        String dossierCode = dossierCode(dossier);
        assertThat(notices("chuyenvien.xa", dossier)).containsExactly("Sắp đến hạn xử lý hồ sơ " + dossierCode);
        assertThat(notices("lanhdao.xa", dossier)).containsExactly("Hồ sơ " + dossierCode + " quá hạn xử lý");
        // Leaders whose scope reaches the commune from above do not hold its steps, so they are not told.
        assertThat(notices("lanhdao.huyen", dossier)).isEmpty();
        assertThat(notices("lanhdao.tinh", dossier)).isEmpty();
        assertThat(notices("chuyenvien.tinh", dossier)).isEmpty();
        String dueText = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(due.atZone(VN));
        assertThat(jdbc.queryForObject("select distinct body from notification_message where subject = ?", String.class,
                "Hồ sơ " + dossierCode + " quá hạn xử lý")).isEqualTo("Bước \"Thẩm định hồ sơ hộ tịch\" của hồ sơ "
                + dossierCode + " đã quá hạn (hạn " + dueText + ") và được báo lên trưởng phòng, lãnh đạo cơ quan."
                + " Xem tại Hồ sơ cần xử lý: /work-queue");
        assertThat(jdbc.queryForObject("select distinct body from notification_message where subject = ?", String.class,
                "Sắp đến hạn xử lý hồ sơ " + dossierCode)).contains("đến hạn lúc " + dueText, "/work-queue");

        // The same timer's methods called again for the task: no second row, audit entry or notice.
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        management.executeCommand(context -> {
            var execution = CommandContextUtil.getExecutionEntityManager(context).findById(instance);
            timers.warn(execution, "check");
            timers.escalate(execution, "check");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from workflow_escalation where task_id = ?", Long.class, task))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'workflow.step-escalated'"
                + " and object_id = ?", Long.class, task)).isEqualTo(1L);
        assertThat(notices("chuyenvien.xa", dossier)).hasSize(1);
        assertThat(notices("lanhdao.xa", dossier)).hasSize(1);
    }

    @Test
    void aTakenStepWarnsItsAssigneeAndEscalatesToTheAssigneeAndTheDepartmentHeadOfItsAgencyOnceEach() {
        String code = uniqueCode();
        AgencyId office = agencyOf("chuyenvien.tinh");
        assertThat(defineSteps("admin", code, threeStepTable(agencyOf("lanhdao.tinh")))).hasStatusOk();
        DossierId dossier = accept(code, office, Instant.now().plus(Duration.ofDays(10)));
        String task = awaitTask("chuyenvien.tinh", dossier, "specialist");
        assertThat(claim("chuyenvien.tinh", task)).hasStatusOk();
        // Taken first, then both timers made due now, so each fires while the specialist holds the step.
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        var timerJobs = management.createTimerJobQuery().processInstanceId(instance).list();
        assertThat(timerJobs).hasSize(2);
        timerJobs.forEach(job -> management.moveTimerToExecutableJob(job.getId()));
        awaitWarningAndEscalation(task);

        String dossierCode = dossierCode(dossier);
        assertThat(notices("chuyenvien.tinh", dossier)).containsExactlyInAnyOrder(
                "Sắp đến hạn xử lý hồ sơ " + dossierCode, "Hồ sơ " + dossierCode + " quá hạn xử lý");
        assertThat(notices("truongphong.tinh", dossier)).containsExactly("Hồ sơ " + dossierCode + " quá hạn xử lý");
        // The province's chairman reaches the office only through the scope of a grant at the committee above it.
        assertThat(notices("lanhdao.tinh", dossier)).isEmpty();
        assertThat(notices("chuyenvien.xa", dossier)).isEmpty();
    }

    @Test
    void aStepTableWhoseSharesExceed100PercentOrHasNoStepsOrABadRoleIsRefusedInVietnameseAndNothingIsDeployed() {
        String code = uniqueCode();
        var tooMuch = defineSteps("admin", code, """
                {"steps": [
                  {"key": "a", "name": "Bước 1", "role": "SPECIALIST", "sharePercent": 60},
                  {"key": "b", "name": "Bước 2", "role": "LEADER", "sharePercent": 50}]}""");
        assertThat(tooMuch).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_SHARES_EXCEED");
        assertThat(tooMuch).bodyJson().extractingPath("$.detail").asString().contains("110%", "vượt quá 100%");
        assertThat(defineSteps("admin", code, "{\"steps\": []}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("WORKFLOW_NO_STEPS");
        assertThat(defineSteps("admin", code, """
                {"steps": [{"key": "a", "name": "Bước 1", "role": "CITIZEN", "sharePercent": 60}]}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_ROLE_INVALID");
        assertThat(defineSteps("admin", code, """
                {"steps": [{"key": "a", "name": "Bước 1", "role": "NOBODY", "sharePercent": 60}]}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("steps[0].role");
        assertThat(defineSteps("admin", code, """
                {"steps": [{"key": "a", "name": "Bước 1", "role": "LEADER", "agency": "NAMED", "sharePercent": 60}]}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_AGENCY_INVALID");
        assertThat(defineSteps("chuyenvien.tinh", code, threeStepTable(agencyOf("lanhdao.tinh"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(repository.createDeploymentQuery().deploymentKey(BpmnGenerator.processKey(code)).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workflow_procedure_process where procedure_code = ?",
                Long.class, code)).isZero();
    }

    @Test
    void anUploadThatDoesNotParseOrHasNoEndEventIsRefusedAndAValidOneIsDeployed() throws Exception {
        String code = uniqueCode();
        var unreadable = upload(code, "đây không phải là BPMN".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_BPMN_UNREADABLE");
        assertThat(unreadable).bodyJson().extractingPath("$.detail").asString().contains("Chưa có gì được triển khai");
        var noEnd = upload(code, bpmn("""
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                <userTask id="review" name="Thẩm định" flowable:candidateGroups="SPECIALIST:${competentAgency}"/>"""));
        assertThat(noEnd).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_BPMN_NO_END");
        assertThat(noEnd).bodyJson().extractingPath("$.detail").asString().contains("không có sự kiện kết thúc");
        var noGroup = upload(code, bpmn("""
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                <userTask id="review" name="Thẩm định"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                <endEvent id="end"/>"""));
        assertThat(noGroup).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_BPMN_TASK_WITHOUT_GROUP");
        var script = upload(code, bpmn("""
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
                <scriptTask id="run" scriptFormat="groovy"><script>println 'x'</script></scriptTask>
                <sequenceFlow id="f2" sourceRef="run" targetRef="end"/>
                <endEvent id="end"/>"""));
        assertThat(script).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("WORKFLOW_BPMN_INVALID");
        assertThat(mvc.post().uri("/api/v1/workflow/procedures/{code}/bpmn", code).multipart()
                .file(new MockMultipartFile("file", "q.bpmn20.xml", "application/xml",
                        bpmn(TwoNodeTimerBpmn.BODY)))
                .with(httpBasic("quantri.tinh", PASSWORD))).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("WORKFLOW_UPLOAD_SYSTEM_ADMIN_ONLY");
        assertThat(repository.createDeploymentQuery().deploymentKey(BpmnGenerator.processKey(code)).count()).isZero();

        var valid = upload(code, bpmn(TwoNodeTimerBpmn.BODY.replace("PT2S", "P30D")));
        assertThat(valid).hasStatusOk().bodyJson().extractingPath("$.source").isEqualTo("UPLOAD");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(BpmnGenerator.processKey(code))
                .count()).isEqualTo(1);
        var xml = mvc.get().uri("/api/v1/workflow/procedures/{code}/bpmn", code).with(httpBasic("admin", PASSWORD))
                .exchange();
        assertThat(xml).hasStatusOk().bodyText().contains("SPECIALIST:${competentAgency}");
    }

    private MvcTestResult upload(String code, byte[] file) {
        return mvc.post().uri("/api/v1/workflow/procedures/{code}/bpmn", code).multipart()
                .file(new MockMultipartFile("file", "quy-trinh.bpmn20.xml", "application/xml", file))
                .with(httpBasic("admin", PASSWORD)).exchange();
    }

    static byte[] bpmn(String body) {
        return TwoNodeTimerBpmn.definitions("uploaded", body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStepsDueTimeIsItsShareOfTheLegalTimeCountedInWorkingTimeAcrossAWeekend() {
        var clock = new StepClock(calendar);
        // Friday 27/11/2026 15:00 in Hòa Bình.
        Instant friday = LocalDateTime.of(2026, 11, 27, 15, 0).atZone(VN).toInstant();
        // 3 working days × 50% = 1.5 days = 11.25 working hours → 12 h: Fri 15:00–17:00 (2), Mon 7:30–11:30 (4),
        // 13:30–17:00 (3.5), Tue 7:30–10:00 (2.5).
        var half = clock.times(friday, 3, ProcessingTimeUnit.WORKING_DAYS, 50, null);
        assertThat(half.dueAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 0).atZone(VN).toInstant());
        // One working hour earlier: Tue 9:00.
        assertThat(half.warnAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(VN).toInstant());
        // 2 days × 50% = a whole working day: the end of Monday (the weekend does not count).
        var day = clock.times(friday, 2, ProcessingTimeUnit.WORKING_DAYS, 50, null);
        assertThat(day.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 17, 0).atZone(VN).toInstant());
        // 8 working hours × 25% = 2 h: Friday 17:00.
        var hours = clock.times(friday, 8, ProcessingTimeUnit.WORKING_HOURS, 25, null);
        assertThat(hours.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 17, 0).atZone(VN).toInstant());
        // 8 h × 40% = 3.2 h → 4 h: Fri 15:00–17:00, Mon 7:30–9:30.
        var rounded = clock.times(friday, 8, ProcessingTimeUnit.WORKING_HOURS, 40, null);
        assertThat(rounded.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 30).atZone(VN).toInstant());
        assertThat(LocalDate.of(2026, 11, 28).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
    }

    @Test
    void aCommuneDossierOfAProcedureWithoutItsOwnProcessGoesFromTheCommuneSpecialistToTheCommuneLeader() {
        String code = uniqueCode();
        // A commune dossier: the commune's specialist (chuyenvien.xa) holds the first step, not the province's.
        DossierId dossier = accept(code, agencyOf("chuyenvien.xa"), Instant.now().plus(Duration.ofDays(5)));
        awaitTask("chuyenvien.xa", dossier, "specialist");
        var provincial = mvc.get().uri("/api/v1/tasks?size=100").with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(provincial).bodyJson().extractingPath("$.content[*].dossierId").asArray()
                .doesNotContain(dossier.value().toString());
        assertThat(events.stream(ProcessingStarted.class).filter(event -> event.dossierId().equals(dossier)))
                .singleElement().satisfies(event -> assertThat(event.processDefinitionKey())
                        .isEqualTo("dossier_DEFAULT_COMMUNE"));
        assertThat(workflows.steps(dossier)).singleElement().satisfies(step -> {
            assertThat(step.role()).isEqualTo("SPECIALIST");
            assertThat(step.completedAt()).isNull();
        });
        // A second delivery of the same acceptance starts nothing more.
        transactions.executeWithoutResult(status -> publisher.publishEvent(new DossierAccepted(dossier, "dup", null,
                code, agencyOf("motcua.tinh"), agencyOf("chuyenvien.xa"), "motcua.tinh", Instant.now(),
                Instant.now().plus(Duration.ofDays(5)), LocalDate.now())));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?",
                        Long.class, dossier.value().toString())).isEqualTo(1L));
        // No department head at a commune: the specialist's step goes straight to the commune's leader.
        String first = awaitTask("chuyenvien.xa", dossier, "specialist");
        assertThat(claim("chuyenvien.xa", first)).hasStatusOk();
        assertThat(complete("chuyenvien.xa", first, "APPROVE", "Đủ điều kiện")).hasStatusOk();
        String second = awaitTask("lanhdao.xa", dossier, "leader");
        assertThat(claim("lanhdao.xa", second)).hasStatusOk();
        assertThat(complete("lanhdao.xa", second, "APPROVE", "Đồng ý")).hasStatusOk();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.stream(ProcessingFinished.class)
                .filter(event -> event.dossierId().equals(dossier))).singleElement()
                .satisfies(event -> assertThat(event.approved()).isTrue()));
    }

    @Test
    void theWorkQueuePageTakesAndCompletesStepsAndTheControlSlipPdfListsTheHandOvers() throws Exception {
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String code = uniqueCode();
        AgencyId office = agencyOf("chuyenvien.tinh");
        assertThat(defineSteps("admin", code, threeStepTable(agencyOf("lanhdao.tinh")))).hasStatusOk();
        DossierId dossier = accept(code, office, Instant.now().plus(Duration.ofDays(10)));
        String task = awaitTask("chuyenvien.tinh", dossier, "specialist");

        var claimable = mvc.get().uri("/work-queue?mine=false").with(as("chuyenvien.tinh")).exchange();
        assertThat(claimable).hasStatusOk().bodyText().contains("Hồ sơ cần xử lý", "Việc chờ nhận", "Nhận xử lý",
                "Chuyên viên thẩm định");
        assertThat(claimable).bodyText().contains("data-task=\"" + task + "\"");
        assertThat(mvc.post().uri("/work-queue/{id}/claim", task).with(as("chuyenvien.tinh")).with(csrf))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/work-queue?mine=true");
        var mine = mvc.get().uri("/work-queue").with(as("chuyenvien.tinh")).exchange();
        assertThat(mine).hasStatusOk().bodyText().contains("data-task=\"" + task + "\"", "Đồng ý, chuyển bước tiếp",
                "Hoàn thành");
        // Someone else's task: the page says why in Vietnamese and nothing changes.
        var refused = mvc.post().uri("/work-queue/{id}/complete", task).param("decision", "APPROVE")
                .with(as("lanhdao.xa")).with(csrf).exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsEntry("actionError",
                "Không tìm thấy công việc này trong phạm vi của bạn.");
        assertThat(mvc.post().uri("/work-queue/{id}/complete", task).param("decision", "APPROVE")
                .param("note", "Đủ điều kiện").with(as("chuyenvien.tinh")).with(csrf))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "Đã hoàn thành bước xử lý.");
        String second = awaitTask("truongphong.tinh", dossier, "department_head");
        assertThat(claim("truongphong.tinh", second)).hasStatusOk();
        assertThat(mvc.get().uri("/work-queue?lang=en").with(as("truongphong.tinh"))).hasStatusOk().bodyText()
                .contains("Dossiers to process", "Return to the previous step");

        var pdf = mvc.get().uri("/work-queue/dossiers/{id}/slip.pdf", dossier.value()).with(as("truongphong.tinh"))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Chuyên viên thẩm định",
                    "Phạm Văn Hùng", "Đinh Thị Mai", "Trước hạn");
        }
        assertThat(mvc.get().uri("/work-queue/dossiers/{id}/slip.pdf", dossier.value()).with(as("lanhdao.xa")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/").with(as("chuyenvien.tinh"))).bodyText().contains("/work-queue");
    }
}
