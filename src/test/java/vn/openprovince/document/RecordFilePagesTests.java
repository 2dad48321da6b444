package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The file plan and file pages render in Vietnamese and English and keep other communes out. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordFilePagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theClerkAddsAFileToThePlanOpensItAndSeesItInBothLanguages() {
        String notation = RecordFileApiTests.notation();
        var added = mvc.post().uri("/documents/files").param("fileNotation", notation)
                .param("title", "Hồ sơ tiếp công dân").param("maintenance", "10 năm")
                .with(as("vanthu.xa")).with(csrf()).exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND);
        String location = added.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/documents/files/");

        assertThat(mvc.get().uri(location).with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("lang=\"vi\"", "Hồ sơ tiếp công dân", notation, "Trong danh mục", "Mở hồ sơ", "Xuất XML");
        assertThat(mvc.post().uri(location + "/open").with(as("vanthu.xa")).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(location + "?q=ke hoach").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("Đang lập", "Đưa văn bản vào hồ sơ", "Kết thúc hồ sơ");
        assertThat(mvc.get().uri(location + "?lang=en").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("lang=\"en\"", "Add documents to the file", "Close the file");

        assertThat(mvc.get().uri("/documents/files").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("Danh mục hồ sơ năm", notation);
        assertThat(mvc.get().uri("/documents/files?lang=en").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("File plan", "Add a file to the plan");
        assertThat(mvc.get().uri("/documents/files").with(as("vanthu.xa2"))).hasStatusOk().bodyText()
                .doesNotContain(notation);
        assertThat(mvc.get().uri(location).with(as("vanthu.xa2"))).hasStatus(HttpStatus.FORBIDDEN).bodyText()
                .doesNotContain("Hồ sơ tiếp công dân");
    }

    @Test
    void aBadNotationIsShownAsAVietnameseMessage() {
        var added = mvc.post().uri("/documents/files").param("fileNotation", "01 VP").param("title", "Hồ sơ")
                .param("maintenance", "5 năm").with(as("vanthu.xa")).with(csrf()).exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND);
        assertThat(added).flash().extractingByKey("actionError").asString()
                .startsWith("Số và ký hiệu hồ sơ phải có từ 1 đến 20 ký tự");
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
