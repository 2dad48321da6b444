package vn.openprovince.dossier.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.OpenProvinceApplication;
import vn.openprovince.dossier.DossierAccepted;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.workflow.Decision;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * The scale-out rule for processing: two platform nodes (two application contexts, each with Flowable's
 * async executor running) on one PostgreSQL database. Dossiers accepted on either node get one process each;
 * every step's short escalation timer fires exactly once (one escalation row, one audit entry, no failed
 * job) whichever node acquires it, and each task exists once — both nodes see the same tasks. Then the tasks
 * are completed alternately on both nodes and the rate is printed (a figure, not an assertion).
 *
 * <p>Needs PostgreSQL ({@code -Ptest-postgres}): an in-memory H2 database cannot be shared by two nodes, so
 * the test is reported as skipped (with this reason) on H2 and always runs on PostgreSQL.
 */
class TwoNodeWorkflowTests {

    static final int DOSSIERS = 20;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() {
        String suite = System.getProperty("spring.datasource.url", "");
        Assumptions.assumeTrue(suite.startsWith("jdbc:postgresql:"),
                "two nodes need one shared PostgreSQL database: run with -Ptest-postgres");
        String user = System.getProperty("spring.datasource.username", "postgres");
        String name = suite.substring(suite.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_nodes";
        try (var connection = java.sql.DriverManager.getConnection(suite, user,
                System.getProperty("spring.datasource.password", ""));
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = suite.substring(0, suite.lastIndexOf('/') + 1) + name;
        // One after the other: the first creates the schemas (Flyway, Flowable) and the demo data.
        a = node(url, user);
        b = node(url, user);
    }

    static ConfigurableApplicationContext node(String url, String user) {
        return new SpringApplicationBuilder(OpenProvinceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=",
                // Small pools: the PostgreSQL server is shared (100 connections on the machine).
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--openprovince.demo-data=true",
                "--openprovince.workflow.job-executor=true",
                "--flowable.process.async.executor.default-timer-job-acquire-wait-time=200ms",
                "--flowable.process.async.executor.default-async-job-acquire-wait-time=200ms");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aTimerFiresOnceAndEveryTaskAppearsOnceWithTwoNodesOnOneDatabase() {
        String procedure = "TEST.NODES." + UUID.randomUUID().toString().substring(0, 6);
        a.getBean(ProcessDefinitions.class).upload(procedure, WorkflowTests.bpmn(TwoNodeTimerBpmn.BODY), "admin");
        String key = BpmnGenerator.processKey(procedure);
        var office = a.getBean(OrganizationDirectory.class).officialByEmail("chuyenvien.tinh@demo.openprovince.vn")
                .orElseThrow();
        AgencyId agency = office.agencyId();

        List<DossierId> dossiers = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            var node = i % 2 == 0 ? a : b;
            var dossier = new DossierId(UUID.randomUUID());
            dossiers.add(dossier);
            String code = "000.00.00.H49-261201-" + String.format("%04d", i);
            node.getBean(TransactionTemplate.class).executeWithoutResult(status -> node.publishEvent(
                    new DossierAccepted(dossier, code, null, procedure, agency, agency, "motcua.tinh", Instant.now(),
                            Instant.now().plus(Duration.ofDays(5)), LocalDate.now())));
        }
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from workflow_escalation e join act_ru_task t on t.id_ = e.task_id"
                        + " join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = ?", Long.class, key))
                .isEqualTo((long) DOSSIERS));
        // Give both executors time to fire anything twice, then look again.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);

        for (DossierId dossier : dossiers) {
            String instance = jdbc.queryForObject("select id_ from act_ru_execution where business_key_ = ?"
                    + " and parent_id_ is null", String.class, dossier.value().toString());
            assertThat(jdbc.queryForObject("select count(*) from act_ru_task where proc_inst_id_ = ?", Long.class,
                    instance)).as("tasks of %s", dossier).isEqualTo(1L);
            assertThat(jdbc.queryForObject("select count(*) from workflow_escalation where process_instance_id = ?",
                    Long.class, instance)).as("escalations of %s", dossier).isEqualTo(1L);
            String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
                    instance);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'workflow.step-escalated'"
                    + " and object_id = ?", Long.class, task)).isEqualTo(1L);
        }
        assertThat(jdbc.queryForObject("select count(*) from act_ru_deadletter_job", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_timer_job", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst p join act_re_procdef d"
                + " on d.id_ = p.proc_def_id_ where d.key_ = ?", Long.class, key)).isEqualTo((long) DOSSIERS);

        // Both nodes see the same tasks, each once, in the officer's queue.
        var specialist = new SignedInUser(null, "chuyenvien.tinh", office.fullName(), office.id(), office.position(),
                agency, office.agencyName(), List.of(new Grant(Role.SPECIALIST, agency, ScopeKind.AGENCY)));
        Set<String> seenOnA = ids(a.getBean(TaskService.class).createTaskQuery().processDefinitionKey(key).list());
        Set<String> seenOnB = ids(b.getBean(TaskService.class).createTaskQuery().processDefinitionKey(key).list());
        assertThat(seenOnA).hasSize(DOSSIERS).isEqualTo(seenOnB);
        var queueOnB = b.getBean(WorkQueue.class).claimable(specialist, PageRequest.of(0, 100)).getContent().stream()
                .filter(view -> procedure.equals(view.procedureCode())).map(view -> view.id()).toList();
        assertThat(queueOnB).hasSize(DOSSIERS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seenOnA);

        // Completed alternately on both nodes: each completion once, each process ends.
        long started = System.nanoTime();
        int n = 0;
        for (String task : seenOnA) {
            var node = n++ % 2 == 0 ? a : b;
            var completion = node.getBean(WorkQueue.class).complete(specialist, task, Decision.APPROVE, "Đồng ý");
            assertThat(completion.finished()).isTrue();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Two nodes: %d tasks claimed and completed in %.2f s (%.1f tasks/s)%n", DOSSIERS, seconds,
                DOSSIERS / seconds);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join act_re_procdef d"
                + " on d.id_ = t.proc_def_id_ where d.key_ = ?", Long.class, key)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workflow_hand_over where step_key = 'review'"
                + " and dossier_code like '000.00.00.H49-261201-%'", Long.class)).isEqualTo((long) DOSSIERS);
    }

    private static Set<String> ids(List<Task> tasks) {
        Set<String> ids = new HashSet<>();
        tasks.forEach(task -> assertThat(ids.add(task.getId())).as("task %s listed twice", task.getId()).isTrue());
        return ids;
    }
}
