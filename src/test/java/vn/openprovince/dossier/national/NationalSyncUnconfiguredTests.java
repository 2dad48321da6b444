package vn.openprovince.dossier.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Without a national endpoint: rows are queued and wait, and the administrator is told so in plain Vietnamese. */
@SpringBootTest
@AutoConfigureMockMvc
class NationalSyncUnconfiguredTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NationalOutboxWorker worker;
    @Autowired
    NationalOutbox outbox;

    MockHttpSession admin() {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "Demo@2026")
                .exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    @Test
    void rowsWaitAndThePageSaysNoEndpointIsConfigured() throws Exception {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        NationalSyncTests.BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf",
                        NationalSyncTests.PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String code = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
        UUID id = jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);

        assertThat(worker.sendDue()).isZero();
        assertThat(outbox.ofDossier(id)).hasSize(2).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.PENDING);
            assertThat(row.attempts()).isZero();
        });

        var page = mvc.get().uri("/admin/national-sync?state=PENDING").session(admin()).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Chưa cấu hình kết nối Cổng Dịch vụ công quốc gia", "Chờ gửi");
    }

    @Test
    void aFailedRowIsRetriedByTheAdministratorAndOthersMayNot() throws Exception {
        UUID dossier = UUID.randomUUID();
        outbox.add(dossier, "TEST-" + dossier, NationalOutbox.DOSSIER, 1, "{\"isUpdating\":false,\"data\":{}}",
                java.time.Instant.now());
        UUID row = outbox.ofDossier(dossier).getFirst().id();
        jdbc.update("update dossier_national_outbox set state = 'FAILED', attempts = 8, last_error = 'HTTP 500'"
                + " where id = ?", row);

        var session = admin();
        assertThat(mvc.post().uri("/admin/national-sync/{id}/retry", row).session(session).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        var retried = outbox.find(row).orElseThrow();
        assertThat(retried.state()).isEqualTo(OutboxState.PENDING);
        assertThat(retried.attempts()).isZero();

        var officer = mvc.post().uri("/login").with(csrf()).param("username", "motcua.tinh")
                .param("password", "Demo@2026").exchange();
        assertThat(mvc.get().uri("/admin/national-sync")
                .session((MockHttpSession) officer.getRequest().getSession(false))).hasStatus(HttpStatus.FORBIDDEN);
    }
}
