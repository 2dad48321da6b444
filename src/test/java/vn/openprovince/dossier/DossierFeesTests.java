package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.testing.CitizenDossiers;

/**
 * A financial obligation on an accepted dossier: the officer's request pauses the legal clock (national state 6)
 * together with the obligation, the confirmed transfer resumes it; refused requests store nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierFeesTests {

    private static final String FEES = """
            {"items": [{"name": "Lệ phí đăng ký", "amount": 8000}], "note": "Nộp trước khi nhận kết quả"}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    private MvcTestResult post(String user, String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic(user, "Demo@2026")).exchange();
    }

    private String state(String code) {
        return jdbc.queryForObject("select state from dossier where code = ?", String.class, code);
    }

    private List<String> ledger(String code) {
        return jdbc.queryForList("""
                select e.kind || coalesce(':' || e.pause_kind, '') from dossier_clock_entry e
                join dossier d on d.id = e.dossier_id where d.code = ? order by e.seq""", String.class, code);
    }

    private int obligations(String code) {
        return jdbc.queryForObject("select count(*) from payment_obligation where dossier_code = ?", Integer.class, code);
    }

    @Test
    void aPaymentRequestPausesTheClockAndTheConfirmedTransferResumesIt() throws Exception {
        var fixtures = new CitizenDossiers(mvc, jdbc);
        String code = fixtures.submitAs("congdan");
        String officer = fixtures.oneStopOfficerOf(fixtures.receivingAgency(code));
        assertThat(post(officer, "/api/v1/dossiers/" + code + "/acceptance", "{}")).hasStatusOk();
        // The competent agency's process has started (after the acceptance committed) when the officer asks for fees.
        await().atMost(Duration.ofSeconds(20)).until(() -> "PROCESSING".equals(state(code)));

        var requested = post(officer, "/api/v1/dossiers/" + code + "/payment-request", FEES);
        assertThat(requested).hasStatusOk().bodyJson().extractingPath("$.nationalState").isEqualTo(6);
        assertThat(state(code)).isEqualTo("PAYMENT_REQUESTED");
        assertThat(ledger(code)).containsExactly("STARTED", "PAUSED:FINANCIAL_OBLIGATION");

        var list = mvc.get().uri("/api/v1/payments?dossier={code}", code).with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(list).hasStatusOk();
        String id = JsonPath.read(list.getResponse().getContentAsString(StandardCharsets.UTF_8), "$[0].id");
        assertThat(post(officer, "/api/v1/payments/" + id + "/confirmation",
                "{\"bankReference\": \"FT26335000123\", \"amount\": 8000}")).hasStatusOk();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(state(code)).isEqualTo("PROCESSING");
            assertThat(ledger(code)).containsExactly("STARTED", "PAUSED:FINANCIAL_OBLIGATION", "RESUMED");
        });
    }

    @Test
    void aRequestThatCannotPauseTheClockStoresNoObligation() {
        var fixtures = new CitizenDossiers(mvc, jdbc);
        String code = fixtures.submitAs("congdan");
        String officer = fixtures.oneStopOfficerOf(fixtures.receivingAgency(code));
        // Not accepted yet: the clock has not started, so there is nothing to pause and nothing is asked.
        assertThat(post(officer, "/api/v1/dossiers/" + code + "/payment-request", FEES))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isNotNull();
        assertThat(obligations(code)).isZero();
        assertThat(state(code)).isEqualTo("SUBMITTED");
        // The applicant cannot ask for payment on their own dossier.
        assertThat(post("congdan", "/api/v1/dossiers/" + code + "/payment-request", FEES))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(obligations(code)).isZero();
    }
}
