package vn.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.catalog.ProcedureCatalog;

/** The public portal answers without sign-in, in Vietnamese by default, and never pretends to take a dossier. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProcedureCatalog catalog;

    @Test
    void homeOffersSearchAndBrowsingByFieldLevelAndAgencyWithoutSignIn() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong")).hasStatusOk().bodyText()
                .contains("lang=\"vi\"", "Tìm thủ tục hành chính", "Hộ tịch", "Cấp xã", "Sở Tư pháp", "Dữ liệu mẫu");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/tim-kiem?q=DANG KY KHAI SINH")).hasStatusOk().bodyText()
                .contains("Đăng ký khai sinh", "Tìm thấy 2 thủ tục");
    }

    @Test
    void procedurePageAnswersWhoWhatHowLongHowMuchAndWhere() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/thu-tuc/2.000815")).hasStatusOk().bodyText()
                .contains("Ai được thực hiện", "Cần chuẩn bị những giấy tờ gì", "Mất bao lâu", "Mất bao nhiêu tiền",
                        "Nộp hồ sơ ở đâu", "2.000 đ", "Trả kết quả trong ngày",
                        "Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo.",
                        "Trung tâm Phục vụ hành chính công tỉnh Hòa Bình", "Dữ liệu mẫu");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/thu-tuc/1.001193")).hasStatusOk().bodyText()
                .contains("Miễn phí", "Tải biểu mẫu", "Nộp hồ sơ trực tuyến", "Dịch vụ công trực tuyến toàn trình");
    }

    @Test
    void onlineSubmissionAsksAVisitorToSignInOnThePortal() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/thu-tuc/1.001193/nop-truc-tuyen")).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/cong-dich-vu-cong/dang-nhap");
    }

    @Test
    void formTemplatesOfPublishedProceduresDownload() {
        var template = catalog.currentVersion("1.001193").orElseThrow().components().getFirst().template();
        assertThat(mvc.get().uri("/cong-dich-vu-cong/bieu-mau/{id}", template.value())).hasStatusOk()
                .hasHeader("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/bieu-mau/{id}", java.util.UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownProcedureIsNotFoundAndEnglishIsOneClickAway() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/thu-tuc/9.999999")).hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("Không tìm thấy thủ tục", "portal-q");
        assertThat(mvc.get().uri("/cong-dich-vu-cong?lang=en")).hasStatusOk().bodyText()
                .contains("lang=\"en\"", "Find an administrative procedure", "Civil status");
    }

    @Test
    void signInPageLinksToThePortal() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("/cong-dich-vu-cong");
    }
}
