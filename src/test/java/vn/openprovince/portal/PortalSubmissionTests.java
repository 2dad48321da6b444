package vn.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Submission pages: drafts resume and are not silently overwritten, errors at the field, acknowledgement, look-up. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalSubmissionTests {

    private static final String BASE = "/cong-dich-vu-cong/thu-tuc/1.000656/nop-truc-tuyen";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    private MockHttpSession signIn(String username) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", "Demo@2026").param("portal", "1").exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    @Test
    void aDraftResumesInAnotherSessionAndAStaleSaveIsRefusedWithAClearMessage() {
        var phone = signIn("doanhnghiep");
        var laptop = signIn("doanhnghiep");
        assertThat(mvc.post().uri(BASE).session(phone).with(csrf()).param("action", "save")
                .param("f.deceasedName", "Đinh Văn Lâm")).hasStatus(HttpStatus.FOUND);

        // The laptop opens the draft the phone saved (version 0), then the phone saves again.
        assertThat(mvc.get().uri(BASE + "?buoc=2").session(laptop)).hasStatusOk().bodyText().contains("Đinh Văn Lâm");
        assertThat(mvc.post().uri(BASE).session(phone).with(csrf()).param("action", "save").param("draftVersion", "0")
                .param("f.deceasedName", "Đinh Văn Lâm").param("f.relationship", "Con")).hasStatus(HttpStatus.FOUND);
        var stale = mvc.post().uri(BASE).session(laptop).with(csrf()).param("action", "save").param("draftVersion", "0")
                .param("f.deceasedName", "Đinh Văn Lâm (sửa)").exchange();

        assertThat(stale).hasStatusOk().bodyText().contains("đã được sửa trên thiết bị khác").contains("Con");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so").session(laptop)).hasStatusOk().bodyText()
                .contains("Hồ sơ đang soạn", "Đăng ký khai tử");
    }

    @Test
    void submittingShowsTheAcknowledgementWithCodeReceptionTimeAndQrAndTheLookupShowsNothingPersonal() {
        var session = signIn("congdan");
        mvc.post().uri(BASE).session(session).with(csrf()).param("action", "next")
                .param("f.deceasedName", "Hà Văn Sơn").param("f.deathDate", "2026-11-28").param("f.relationship", "Con").exchange();

        var missing = mvc.post().uri(BASE + "/nop").multipart().session(session).with(csrf())
                .param("idempotencyKey", "portal-test-1").exchange();
        assertThat(missing).hasStatusOk().bodyText().contains("error-summary").contains("Thiếu thành phần hồ sơ bắt buộc");

        var submitted = mvc.post().uri(BASE + "/nop").multipart().session(session).with(csrf())
                .file(new MockMultipartFile("component-1", "giay-bao-tu.pdf", "application/pdf", PDF))
                .param("idempotencyKey", "portal-test-2").exchange();
        assertThat(submitted).hasStatus(HttpStatus.FOUND);
        String page = submitted.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/cong-dich-vu-cong/ca-nhan/ho-so/");
        String code = page.substring("/cong-dich-vu-cong/ca-nhan/ho-so/".length(), page.indexOf('?'));

        assertThat(mvc.get().uri(page).session(session)).hasStatusOk().bodyText()
                .contains("Đã nộp hồ sơ thành công", code, "Thời điểm tiếp nhận chính thức", "<svg", "tra-cuu?ma=");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so").session(session)).hasStatusOk().bodyText()
                .contains(code, "Mới đăng ký, chờ tiếp nhận");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/tra-cuu?ma=" + code)).hasStatusOk().bodyText()
                .contains(code, "Mới đăng ký, chờ tiếp nhận").doesNotContain("Nguyễn Văn An", "Hà Văn Sơn", "giay-bao-tu");
    }

    @Test
    void anotherCitizensDossierIsNotFound() {
        var session = signIn("doanhnghiep");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so/H99-000000-0000").session(session))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
