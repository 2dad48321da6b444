package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.document.SamplePdfs;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * The exchange indicators: counts per agency and period, the online-only share, and the medians
 * from arrival to registration and to completion, over arrivals from other platforms (rows with
 * known times in a past month) and documents issued on this platform (a real issue and registration).
 */
@SpringBootTest(properties = "openprovince.exchange.worker-delay=1h")
@AutoConfigureMockMvc
class ExchangeIndicatorsTests {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mediansOverArrivalsFromOtherPlatformsInThePeriod() {
        UUID commune = agencyOf("vanthu.xa2");
        var base = LocalDateTime.of(2025, 3, 10, 8, 0);
        // registered after 1 h, 5 h and 3 h; completed after 2 and 4 days; one not registered yet
        arrival(commune, base, Duration.ofHours(1), Duration.ofDays(2));
        arrival(commune, base.plusDays(1), Duration.ofHours(5), null);
        arrival(commune, base.plusDays(2), Duration.ofHours(3), Duration.ofDays(4));
        arrival(commune, base.plusDays(3), null, null);
        // outside the period (the next month)
        arrival(commune, LocalDateTime.of(2025, 4, 1, 9, 0), Duration.ofHours(100), Duration.ofDays(30));

        var figures = read(get("vanthu.xa2", "/api/v1/exchange/indicators?agencyId=" + commune
                + "&from=2025-03-01&to=2025-03-31"));
        assertThat(figures.get("receivedFromOtherPlatforms")).isEqualTo(4);
        assertThat(figures.get("receivedOnThisPlatform")).isEqualTo(0);
        assertThat(figures.get("received")).isEqualTo(4);
        assertThat(figures.get("registered")).isEqualTo(3);
        assertThat(figures.get("completed")).isEqualTo(2);
        assertThat(Duration.parse((String) figures.get("medianToRegistration"))).isEqualTo(Duration.ofHours(3));
        assertThat(Duration.parse((String) figures.get("medianToCompletion"))).isEqualTo(Duration.ofDays(3));
        assertThat(figures.get("sent")).isEqualTo(0);
        assertThat(figures.get("onlineOnlyShare")).isNull();
        assertThat(figures.get("truncated")).isEqualTo(false);
    }

    @Test
    void documentsIssuedOnThisPlatformCountAsSentAndReceived() throws Exception {
        UUID committee = agencyOf("lanhdao.tinh"); // the issuing agency of the drafts
        UUID commune = agencyOf("vanthu.xa");
        String today = java.time.LocalDate.now(ZONE).toString();
        String sentPath = "/api/v1/exchange/indicators?agencyId=" + committee + "&from=" + today + "&to=" + today;
        String receivedPath = "/api/v1/exchange/indicators?agencyId=" + commune + "&from=" + today + "&to=" + today;
        var sentBefore = read(get("vanthu.tinh", sentPath));
        var receivedBefore = read(get("vanthu.xa", receivedPath));

        String online = approvedDraft("Về việc chỉ số gửi điện tử");
        assertThat(post("vanthu.tinh", "/api/v1/documents/outgoing/" + online + "/issue", Map.of("recipients",
                List.of(Map.of("agencyId", commune.toString())), "paperCopy", false))).hasStatusOk();
        String paper = approvedDraft("Về việc chỉ số gửi kèm bản giấy");
        assertThat(post("vanthu.tinh", "/api/v1/documents/outgoing/" + paper + "/issue", Map.of("recipients",
                List.of(Map.of("agencyId", commune.toString())), "paperCopy", true))).hasStatusOk();
        assertThat(post("vanthu.xa", "/api/v1/documents/incoming/from-outgoing/" + online, Map.of()).getResponse()
                .getStatus()).isIn(200, 201);

        var sentAfter = read(get("vanthu.tinh", sentPath));
        assertThat(number(sentAfter, "sent") - number(sentBefore, "sent")).isEqualTo(2);
        assertThat(number(sentAfter, "sentOnlineOnly") - number(sentBefore, "sentOnlineOnly")).isEqualTo(1);
        assertThat((Double) sentAfter.get("onlineOnlyShare")).isBetween(0.0, 1.0);
        var receivedAfter = read(get("vanthu.xa", receivedPath));
        assertThat(number(receivedAfter, "receivedOnThisPlatform") - number(receivedBefore, "receivedOnThisPlatform"))
                .isEqualTo(2);
        assertThat(number(receivedAfter, "registered") - number(receivedBefore, "registered")).isEqualTo(1);
        assertThat(receivedAfter.get("medianToRegistration")).isNotNull();
    }

    @Test
    void aBadPeriodOrAnotherAgencyIsRefusedAndThePageSaysSoInVietnamese() throws Exception {
        UUID commune = agencyOf("vanthu.xa2");
        assertThat(get("vanthu.xa2", "/api/v1/exchange/indicators?agencyId=" + commune + "&from=2025-03-31&to=2025-03-01"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("EXC_INVALID_PERIOD");
        assertThat(get("vanthu.xa2", "/api/v1/exchange/indicators?agencyId=" + commune + "&from=2024-01-01&to=2025-12-31"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("vanthu.xa2", "/api/v1/exchange/indicators?agencyId=" + agencyOf("vanthu.tinh")))
                .hasStatus(HttpStatus.FORBIDDEN);

        var page = mvc.get().uri("/exchange/indicators?from=2025-03-31&to=2025-03-01")
                .with(user(accounts.loadUserByUsername("vanthu.xa2"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Khoảng thời gian không hợp lệ");
        var good = mvc.get().uri("/exchange/indicators?from=2025-03-01&to=2025-03-31")
                .with(user(accounts.loadUserByUsername("vanthu.xa2"))).exchange();
        assertThat(good.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Thời gian trung vị từ khi đến tới khi vào sổ").contains("data-testid=\"indicators\"");
    }

    // --- helpers ---

    void arrival(UUID agency, LocalDateTime received, Duration toRegistration, Duration toCompletion) {
        var at = received.atZone(ZONE).toInstant();
        String code = "000.00.00.H85";
        String documentId = code + ",2025/03/01," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        jdbc.update("insert into exchange_arrival (id, edxml_document_id, sender_organ_id, sender_name,"
                        + " recipient_organ_id, agency_id, number_and_symbol, promulgation_date, subject, priority,"
                        + " package_xml, state, status_rank, received_at, registered_at, completed_at, paper)"
                        + " values (?, ?, ?, 'UBND tỉnh bạn', ?, ?, '01/UBND-VP', ?, 'Chỉ số', 0, ?, ?, 1, ?, ?, ?, false)",
                UUID.randomUUID(), documentId, code, organization.agency(new vn.openprovince.organization.AgencyId(agency))
                        .orElseThrow().identifierCode(), agency, java.sql.Date.valueOf(received.toLocalDate()),
                "<edXML/>".getBytes(StandardCharsets.UTF_8), toRegistration == null ? "TO_REGISTER" : "REGISTERED",
                Timestamp.from(at), toRegistration == null ? null : Timestamp.from(at.plus(toRegistration)),
                toCompletion == null ? null : Timestamp.from(at.plus(toCompletion)));
    }

    static int number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).intValue();
    }

    UUID agencyOf(String user) {
        return organization.officialByEmail(user + "@demo.openprovince.vn").orElseThrow().agencyId().value();
    }

    String approvedDraft(String summary) {
        var committee = agencyOf("lanhdao.tinh");
        var part = new MockPart("metadata", json.writeValueAsBytes(Map.of("agencyId", committee.toString(),
                "type", "CONG_VAN", "summary", summary, "signerName", "Bùi Văn Khánh", "signerPosition", "Chủ tịch")));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        var drafted = mvc.post().uri("/api/v1/documents/outgoing").multipart().part(part)
                .file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf",
                        SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "CÔNG VĂN", summary)))
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        String id = (String) read(drafted).get("id");
        String leader = organization.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow().id().toString();
        assertThat(post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + id + "/submit",
                Map.of("reviewerIds", List.of(leader)))).hasStatusOk();
        assertThat(post("lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/approve", Map.of())).hasStatusOk();
        return id;
    }

    MvcTestResult get(String user, String path) {
        return mvc.get().uri(path).with(httpBasic(user, PASSWORD)).exchange();
    }

    MvcTestResult post(String user, String path, Object body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(() -> new String(result.getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).isIn(200, 201);
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }
}
