package vn.openprovince.dossier.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierStateChanged;

/**
 * The national synchronisation end to end against a local fake portal: the outbox rows are written in the transaction
 * of the state change (and not when it rolls back), and the worker delivers each row once, in order, retrying after a
 * failure.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalSyncTests {

    static final FakeNationalPortal PORTAL;

    static {
        try {
            PORTAL = new FakeNationalPortal();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("openprovince.national.endpoint", PORTAL::url);
        registry.add("openprovince.national.unit-code", () -> "H99");
        registry.add("openprovince.national.username", () -> "openprovince");
        registry.add("openprovince.national.password", () -> "bi-mat");
        // The test drives the worker itself; retries are due at once.
        registry.add("openprovince.national.worker-delay", () -> "1h");
        registry.add("openprovince.national.initial-backoff", () -> "0s");
        registry.add("openprovince.national.max-attempts", () -> "3");
        registry.add("openprovince.national.batch-size", () -> "1000");
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NationalOutboxWorker worker;
    @Autowired
    NationalOutbox outbox;
    @Autowired
    NationalPortalConnector connector;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    String submit() throws Exception {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
    }

    UUID idOf(String code) {
        return jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);
    }

    Map<String, Object> envelope(OutboxEntry entry) {
        return FakeNationalPortal.JSON.readValue(outbox.payload(entry.id()), FakeNationalPortal.MAP);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    /** Runs the worker until every row of the dossier is sent (a bounded number of passes). */
    void sendAll(UUID dossier) {
        for (int pass = 0; pass < 10; pass++) {
            worker.sendDue();
            if (outbox.ofDossier(dossier).stream().allMatch(e -> e.state() == OutboxState.SENT)) {
                return;
            }
        }
    }

    @Test
    void theSubmissionIsQueuedWithItsStateAndDeliveredOnceAfterARetry() throws Exception {
        String code = submit();
        UUID id = idOf(code);

        List<OutboxEntry> rows = outbox.ofDossier(id);
        assertThat(rows).extracting(OutboxEntry::service).containsExactly("DongBoHoSoMC", "CapNhatTienDoHoSoMC");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.PENDING);
            assertThat(row.nationalState()).isEqualTo(1);
        });
        var push = envelope(rows.get(0));
        assertThat(push.get("isUpdating")).isEqualTo(false);
        Instant received = jdbc.queryForObject("select received_at from dossier where id = ?", Timestamp.class, id)
                .toInstant();
        assertThat(data(push)).containsEntry("MaHoSo", code).containsEntry("MaTTHC", "1.001193")
                .containsEntry("TrangThaiHoSo", "1").containsEntry("LoaiDoiTuong", "1")
                .containsEntry("ChuHoSo", "Nguyễn Văn An").containsEntry("NgayTiepNhan", NationalDates.format(received))
                .containsEntry("NgayHenTra", "");
        assertThat((String) data(push).get("NgayTiepNhan")).matches("\\d{14}");

        PORTAL.failOnce.add(code);
        sendAll(id);

        var pushes = PORTAL.of(code, "DongBoHoSoMC");
        assertThat(pushes).extracting(FakeNationalPortal.Call::answered).containsExactly(500, 200);
        assertThat(pushes).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + call.body().get("session"));
            assertThat(call.body()).containsEntry("madonvi", "H99")
                    .containsEntry("isUpdating", "False");
        });
        assertThat(PORTAL.of(code, "CapNhatTienDoHoSoMC")).singleElement()
                .satisfies(call -> assertThat(call.answered()).isEqualTo(200));
        assertThat(PORTAL.calls).anySatisfy(call -> assertThat(call.path()).isEqualTo("/token"));
        // The progress row waited for the dossier push: it reached the portal after it.
        assertThat(PORTAL.calls.indexOf(PORTAL.of(code, "CapNhatTienDoHoSoMC").getFirst()))
                .isGreaterThan(PORTAL.calls.indexOf(pushes.get(1)));
        assertThat(outbox.ofDossier(id)).allSatisfy(row -> assertThat(row.state()).isEqualTo(OutboxState.SENT));
        assertThat(outbox.ofDossier(id).getFirst().attempts()).isEqualTo(2);

        worker.sendDue();
        assertThat(PORTAL.of(code, "DongBoHoSoMC")).hasSize(2);
        assertThat(PORTAL.of(code, "CapNhatTienDoHoSoMC")).hasSize(1);
    }

    @Test
    void aLaterStateChangeIsQueuedAsAnUpdateInItsTransactionAndNotAtAllWhenItRollsBack() throws Exception {
        String code = submit();
        UUID id = idOf(code);
        Instant submittedAt = jdbc.queryForObject("select occurred_at from dossier_history where dossier_id = ?"
                + " and state = 'SUBMITTED'", Timestamp.class, id).toInstant();
        Instant acceptedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID applicant = jdbc.queryForObject("select applicant_account_id from dossier where id = ?", UUID.class, id);

        transactions.executeWithoutResult(status -> {
            jdbc.update("update dossier set state = 'ACCEPTED', appointment_date = ? where id = ?",
                    Date.valueOf(LocalDate.of(2026, 12, 10)), id);
            jdbc.update("insert into dossier_history (id, dossier_id, seq, state, occurred_at, actor, note)"
                    + " values (?, ?, 2, 'ACCEPTED', ?, 'motcua.tinh', 'Hồ sơ đầy đủ')", UUID.randomUUID(), id,
                    Timestamp.from(acceptedAt));
            events.publishEvent(new DossierStateChanged(new DossierId(id), code, DossierState.SUBMITTED,
                    DossierState.ACCEPTED, 2, applicant, acceptedAt));
        });
        List<OutboxEntry> rows = outbox.ofDossier(id);
        assertThat(rows).hasSize(4);
        var update = envelope(rows.get(2));
        assertThat(update.get("isUpdating")).isEqualTo(true);
        assertThat(data(update)).containsEntry("TrangThaiHoSo", "2");
        assertThat((String) data(update).get("NgayHenTra")).startsWith("20261210").hasSize(14);
        var progress = data(envelope(rows.get(3)));
        assertThat(progress).containsEntry("TrangThai", "2").containsEntry("NguoiXuLy", "motcua.tinh")
                .containsEntry("NoiDungXuLy", "Đã tiếp nhận: Hồ sơ đầy đủ")
                .containsEntry("ThoiDiemXuLy", NationalDates.format(acceptedAt))
                .containsEntry("NgayBatDau", NationalDates.format(submittedAt));

        transactions.executeWithoutResult(status -> {
            jdbc.update("update dossier set state = 'PROCESSING' where id = ?", id);
            events.publishEvent(new DossierStateChanged(new DossierId(id), code, DossierState.ACCEPTED,
                    DossierState.PROCESSING, 4, applicant, Instant.now()));
            status.setRollbackOnly();
        });
        assertThat(outbox.ofDossier(id)).as("rolled back with the state change").hasSize(4);

        sendAll(id);
        assertThat(PORTAL.of(code, "DongBoHoSoMC")).extracting(call -> call.body().get("isUpdating"))
                .containsExactly("False", "True");
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndTheCallMadeAgain() {
        connector.authenticate();
        int before = PORTAL.sessions.get();
        PORTAL.expireSession = true;
        var outcome = connector.pushProgress(Map.of("MaHoSo", "X-401", "TrangThai", "4"));

        assertThat(outcome.accepted()).isTrue();
        assertThat(PORTAL.sessions.get()).isEqualTo(before + 1);
        assertThat(PORTAL.of("X-401", "CapNhatTienDoHoSoMC")).extracting(FakeNationalPortal.Call::answered)
                .containsExactly(401, 200);
        assertThat(PORTAL.of("X-401", "CapNhatTienDoHoSoMC").getLast().authorization())
                .isEqualTo("Bearer tok-" + (before + 1));
    }

    @Test
    void wrongCredentialsAreAFailedOutcomeNotAnException() {
        var wrong = new HttpNationalPortalConnector(new NationalPortalSettings(PORTAL.url(), "H99", "openprovince",
                "sai-mat-khau", "/token", "/api", 3, java.time.Duration.ZERO, java.time.Duration.ZERO,
                java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5), 10));
        var outcome = wrong.pushDossier(Map.of("MaHoSo", "X-CRED"), false);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).contains("từ chối đăng nhập");
        assertThat(PORTAL.of("X-CRED", "DongBoHoSoMC")).isEmpty();
    }

    @Test
    void theLookUpReadsThePortalsRecord() {
        assertThat(connector.lookUp("000.00.00.H99-261201-0001")).hasValueSatisfying(found ->
                assertThat(found).containsEntry("MaHoSo", "000.00.00.H99-261201-0001"));
    }

    @Test
    void theAdministratorSeesTheEndpointAndTheRows() {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "Demo@2026")
                .exchange();
        var page = mvc.get().uri("/admin/national-sync").session((MockHttpSession) signedIn.getRequest().getSession(false))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Đồng bộ Cổng Dịch vụ công quốc gia", PORTAL.url())
                .doesNotContain("Chưa cấu hình kết nối");
    }
}
