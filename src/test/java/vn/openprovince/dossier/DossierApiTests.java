package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.notification.Notifications;

/** The dossiers API: the submission contract, idempotent replays, completeness and file checks, public status. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    private static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "%s", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    private MvcTestResult submit(String user, String form, MockMultipartFile file, String key) {
        var request = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE, form.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic(user, "Demo@2026"));
        if (file != null) {
            request = request.file(file);
        }
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    private static MockMultipartFile birthCertificate() {
        return new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF);
    }

    @Test
    void submissionReturns201WithTheCodeTheReceptionTimeAndTheState() throws Exception {
        var created = submit("congdan", BIRTH_FORM.formatted("017190004567"), birthCertificate(), null);

        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.code").asString().matches(".+H99-\\d{6}-\\d{4}");
        assertThat(created).bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(created).bodyJson().extractingPath("$.receivedAt").asString().isNotBlank();
        String code = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
        UUID account = jdbc.queryForObject("select id from account where username = 'congdan'", UUID.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.inbox(account))
                .anySatisfy(message -> assertThat(message.subject()).contains(code)));
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyReturnsTheSameDossierAndCreatesNoSecond() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = submit("congdan", BIRTH_FORM.formatted("017190004567"), birthCertificate(), key);
        var again = submit("congdan", BIRTH_FORM.formatted("017190004567"), birthCertificate(), key);

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(again).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(again).bodyJson().extractingPath("$.code").isEqualTo(
                com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code"));
        assertThat(jdbc.queryForObject("select count(*) from dossier where idempotency_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void aMissingRequiredComponentIsAProblemNamingTheComponent() {
        var refused = submit("congdan", BIRTH_FORM.formatted("017190004567"), null, null);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_MISSING_COMPONENT");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("components[1]");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("Giấy chứng sinh");
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        var mismatch = submit("congdan", BIRTH_FORM.formatted("017190004567"),
                new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PNG), null);
        assertThat(mismatch).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(mismatch).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_FILE_CONTENT_MISMATCH");
        assertThat(mismatch).bodyJson().extractingPath("$.field").isEqualTo("components[1]");

        var text = submit("congdan", BIRTH_FORM.formatted("017190004567"), new MockMultipartFile("component-1",
                "giay-chung-sinh.pdf", "application/pdf", "just some text".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(text).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(text).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_FILE_TYPE_REFUSED");
    }

    @Test
    void theEFormIsCheckedOnTheServerFieldByField() {
        var badId = submit("congdan", BIRTH_FORM.formatted("01719000456"), birthCertificate(), null);
        assertThat(badId).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(badId).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_FIELD_INVALID");
        assertThat(badId).bodyJson().extractingPath("$.field").isEqualTo("data.motherCitizenId");

        var missing = submit("congdan", BIRTH_FORM.formatted("017190004567").replace("\"Nguyễn Thị Mai\"", "\"\""),
                birthCertificate(), null);
        assertThat(missing).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_FIELD_REQUIRED");
        assertThat(missing).bodyJson().extractingPath("$.field").isEqualTo("data.childName");
    }

    @Test
    void thePublicStatusShowsOnlyTheCodeTheStateAndTheAppointmentDate() throws Exception {
        var created = submit("doanhnghiep", BIRTH_FORM.formatted("017190004567"), birthCertificate(), null);
        String code = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");

        var status = mvc.get().uri("/api/v1/dossiers/{code}/status", code).exchange();
        assertThat(status).hasStatusOk().bodyJson().extractingPath("$").asMap()
                .containsOnlyKeys("code", "state", "appointmentDate");
        assertThat(status).bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", "H99-000000-0000"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_UNKNOWN");
    }

    @Test
    void officialsCannotSubmitAndCitizensCannotUseOfficialsApi() {
        assertThat(submit("motcua.xa", BIRTH_FORM.formatted("017190004567"), birthCertificate(), null))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/accounts").with(httpBasic("congdan", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE, "{}".getBytes())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
