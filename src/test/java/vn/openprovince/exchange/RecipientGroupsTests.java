package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.document.SamplePdfs;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Issuing to whole groups of recipients: all 151 commune People's Committees of the demo province
 * plus one agency of a peer platform give 152 delivery rows, and the list of issued documents shows
 * "đã gửi N/M, hoàn thành K".
 */
@SpringBootTest(properties = "openprovince.exchange.worker-delay=1h")
@AutoConfigureMockMvc
class RecipientGroupsTests {

    static final String PASSWORD = "Demo@2026";
    static final String PEER_AGENCY = "000.00.00.H87";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @SuppressWarnings("unchecked")
    void aFanOutToAllCommunesShowsOneDeliveryRowPerCommune() throws Exception {
        var groups = (List<Map<String, Object>>) (Object) readList(get("vanthu.tinh", "/api/v1/documents/recipient-groups"));
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.get("group")).isEqualTo("COMMUNE_COMMITTEES");
            assertThat(g.get("members")).isEqualTo(151);
        });
        var communes = readList(get("vanthu.tinh", "/api/v1/documents/recipient-groups/COMMUNE_COMMITTEES"));
        assertThat(communes).hasSize(151).allSatisfy(c -> assertThat((String) c.get("name")).startsWith("Ủy ban nhân dân"));
        assertThat(readList(get("vanthu.tinh", "/api/v1/documents/recipient-groups/DISTRICT_COMMITTEES"))).hasSize(10);

        // a peer platform's agency; its endpoint is a closed local port, so it stays undelivered
        assertThat(mvc.put().uri("/api/v1/exchange/directory/" + PEER_AGENCY).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"UBND tỉnh bạn\",\"route\":\"PEER\",\"endpoint\":\"http://127.0.0.1:9\"}")
                .with(httpBasic("admin", PASSWORD)).exchange()).hasStatusOk();

        String id = approvedDraft("Về việc triển khai chuyển đổi số cấp xã");
        var issued = post("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/issue", Map.of(
                "groups", List.of("COMMUNE_COMMITTEES"),
                // a commune named again on its own is still one recipient
                "recipients", List.of(Map.of("agencyId", communes.getFirst().get("agencyId")),
                        Map.of("name", "UBND tỉnh bạn", "identifierCode", PEER_AGENCY)),
                "paperCopy", false));
        assertThat(issued).hasStatusOk();

        // the exchange tracks the external recipient after the issue's commit: wait for it, bounded
        Map<String, Object> deliveries = Map.of();
        for (int i = 0; i < 150; i++) {
            deliveries = read(get("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/deliveries"));
            if (((List<?>) deliveries.get("perRecipient")).size() >= 152) {
                break;
            }
            sleep();
        }
        var rows = (List<Map<String, Object>>) deliveries.get("perRecipient");
        assertThat(rows).hasSize(152);
        assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("onThisPlatform")))).hasSize(151)
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("01"));
        assertThat(rows.stream().filter(r -> PEER_AGENCY.equals(r.get("agencyCode")))).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isNull());
        assertThat(deliveries.get("recipients")).isEqualTo(152);
        assertThat(deliveries.get("delivered")).isEqualTo(151);
        assertThat(deliveries.get("done")).isEqualTo(0);

        // the commune's clerk registers it from the inbox: 03 for that row, still 151 of 152 delivered
        String communeCode = organization.agencyByIdentifierCode((String) communes.stream()
                .filter(c -> c.get("agencyId").equals(clerkAgencyOf("vanthu.xa"))).findFirst().orElseThrow()
                .get("identifierCode")).orElseThrow().identifierCode();
        assertThat(post("vanthu.xa", "/api/v1/documents/incoming/from-outgoing/" + id, Map.of()).getResponse()
                .getStatus()).isIn(200, 201);
        var after = read(get("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/deliveries"));
        assertThat(((List<Map<String, Object>>) after.get("perRecipient")).stream()
                .filter(r -> communeCode.equals(r.get("agencyCode")))).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("03"));

        var list = mvc.get().uri("/documents/outgoing").with(user(accounts.loadUserByUsername("vanthu.tinh"))).exchange();
        assertThat(list).hasStatusOk();
        assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("đã gửi 151/152, hoàn thành 0");
    }

    @Test
    void theIssueFormOffersTheGroups() throws Exception {
        String id = approvedDraft("Về việc mẫu phát hành theo nhóm");
        var page = mvc.get().uri("/documents/outgoing/" + id).with(user(accounts.loadUserByUsername("vanthu.tinh"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"recipientGroups\"").contains("Tất cả UBND cấp xã (151)")
                .contains("Tất cả sở, ban, ngành (");
    }

    @Test
    void issuingWithNoRecipientAndNoGroupIsRefused() {
        String id = approvedDraft("Về việc không có nơi nhận");
        var result = post("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/issue",
                Map.of("groups", List.of(), "recipients", List.of()));
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("DOC_RECIPIENTS_REQUIRED");
    }

    // --- helpers ---

    static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Object clerkAgencyOf(String user) {
        return organization.officialByEmail(user + "@demo.openprovince.vn").orElseThrow().agencyId().value().toString();
    }

    String approvedDraft(String summary) {
        var committee = organization.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow().agencyId();
        var part = new MockPart("metadata", json.writeValueAsBytes(Map.of("agencyId", committee.value().toString(),
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

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> readList(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readValue(result.getResponse().getContentAsByteArray(), List.class);
    }
}
