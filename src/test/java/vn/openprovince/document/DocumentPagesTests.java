package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The e-office pages render in Vietnamese and English for the officials who use them. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void everyDocumentPageRendersForAClerkInBothLanguages() {
        for (String page : List.of("/documents/inbox", "/documents/incoming", "/documents/incoming/new",
                "/documents/incoming?q=quyet dinh&status=REGISTERED&urgency=NORMAL&from=2026-01-01&to=2026-12-31",
                "/documents/outgoing", "/documents/outgoing/new", "/documents/search?q=ke hoach",
                "/documents/registers", "/documents/registers?kind=OUTGOING", "/documents/registers?kind=TRACKING", "/")) {
            assertThat(mvc.get().uri(page).with(as("vanthu.tinh"))).as(page).hasStatusOk().bodyText().contains("lang=\"vi\"");
            assertThat(mvc.get().uri(page + (page.contains("?") ? "&" : "?") + "lang=en").with(as("vanthu.tinh")))
                    .as(page).hasStatusOk().bodyText().contains("lang=\"en\"");
        }
        assertThat(mvc.get().uri("/").with(as("vanthu.tinh"))).bodyText().contains("Việc cần xử lý", "Sổ đăng ký văn bản");
    }

    @Test
    void aRegistrationWithoutAFileShowsTheErrorNextToTheFileField() {
        var result = mvc.post().uri("/documents/incoming").multipart()
                .param("issuerName", "Sở Tư pháp").param("numberAndSymbol", "12/STP-VP")
                .param("documentDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString())
                .param("type", "CONG_VAN").param("summary", "V/v phổ biến pháp luật").param("urgency", "NORMAL")
                .param("secrecy", "NORMAL")
                .with(as("vanthu.tinh")).with(csrf()).exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Chưa chọn tệp văn bản.", "is-invalid");
    }

    @Test
    void documentPagesShowTheDocumentAndItsSlipAndRefuseOtherCommunes() throws Exception {
        var metadata = "{\"issuerName\":\"Sở Tư pháp\",\"numberAndSymbol\":\"33/STP-PBGDPL\",\"documentDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3) + "\",\"type\":\"KH\",\"summary\":\"Kế hoạch phổ biến pháp luật\"}";
        var part = new org.springframework.mock.web.MockPart("metadata", metadata.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        part.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        var created = mvc.post().uri("/api/v1/documents/incoming").multipart().part(part)
                .file(new MockMultipartFile("file", "kh.pdf", "application/pdf", SamplePdfs.withText("Kế hoạch")))
                .with(httpBasic("vanthu.xa", "Demo@2026")).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        assertThat(mvc.get().uri("/documents/incoming/{id}", id).with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("33/STP-PBGDPL", "Kế hoạch phổ biến pháp luật", "Văn bản chưa được chỉ đạo.");
        assertThat(mvc.get().uri("/documents/incoming/{id}", id).with(as("lanhdao.xa"))).hasStatusOk().bodyText()
                .contains("Chỉ đạo xử lý", "Đơn vị chủ trì");
        assertThat(mvc.get().uri("/documents/incoming/{id}/slip", id).with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(mvc.get().uri("/documents/incoming/{id}", id).with(as("vanthu.xa2"))).hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().doesNotContain("33/STP-PBGDPL");
        assertThat(mvc.get().uri("/documents/incoming/{id}/file", id).with(as("vanthu.xa"))).hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
