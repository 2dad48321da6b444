package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The officer's reception pages: queue, dossier page, the outcomes with their Vietnamese messages. */
@SpringBootTest
@AutoConfigureMockMvc
class ReceptionPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    private MockHttpSession signIn(String username) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "Demo@2026")
                .exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    private String submit() throws Exception {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        "{\"procedureCode\": \"MAU.HT.01\", \"data\": {\"content\": \"Cải chính\", \"copies\": 1}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "can-cu.pdf", "application/pdf", DossierApiTests.PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        return JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
    }

    @Test
    void theOfficerAcceptsFromTheDossierPageAndSeesTheAppointmentAndTheLedger() throws Exception {
        String code = submit();
        var officer = signIn("motcua.tinh");
        assertThat(mvc.get().uri("/").session(officer)).hasStatusOk().bodyText().contains("/mot-cua/tiep-nhan");
        assertThat(mvc.get().uri("/mot-cua/tiep-nhan").session(officer)).hasStatusOk().bodyText()
                .contains("Tiếp nhận hồ sơ");
        assertThat(mvc.get().uri("/mot-cua/ho-so/{c}", code).session(officer)).hasStatusOk().bodyText()
                .contains("Tiếp nhận và in Giấy hẹn").contains("Giấy tờ làm căn cứ");

        var accepted = mvc.post().uri("/mot-cua/ho-so/{c}/tiep-nhan", code).session(officer).with(csrf()).exchange();
        assertThat(accepted).hasStatus3xxRedirection();

        LocalDate appointment = jdbc.queryForObject("select appointment_date from dossier where code = ?", LocalDate.class, code);
        String page = mvc.get().uri("/mot-cua/ho-so/{c}", code).session(officer).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(appointment)).contains("Bắt đầu tính")
                .contains("Mẫu 01").doesNotContain("Tiếp nhận và in Giấy hẹn");
        assertThat(mvc.get().uri("/mot-cua/ho-so/{c}/mau/01", code).session(officer)).hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);

        // A second acceptance (e.g. from a stale tab) shows the Vietnamese message and changes nothing.
        var again = mvc.post().uri("/mot-cua/ho-so/{c}/tiep-nhan", code).session(officer).with(csrf()).exchange();
        assertThat(again.getMvcResult().getFlashMap().get("error")).asString().contains("đã được tiếp nhận");
        assertThat(jdbc.queryForObject("select count(*) from dossier_clock_entry e join dossier d on d.id = e.dossier_id "
                + "where d.code = ?", Integer.class, code)).isEqualTo(1);
    }

    @Test
    void aSupplementRequestWithoutItemsIsRefusedWithAClearMessage() throws Exception {
        String code = submit();
        var officer = signIn("motcua.tinh");
        var empty = mvc.post().uri("/mot-cua/ho-so/{c}/yeu-cau-bo-sung", code).session(officer).with(csrf()).exchange();
        assertThat(empty.getMvcResult().getFlashMap().get("error")).asString().contains("đầy đủ, một lần");

        var requested = mvc.post().uri("/mot-cua/ho-so/{c}/yeu-cau-bo-sung", code).session(officer).with(csrf())
                .param("component", "1").param("reason-c1", "Bản chụp mờ").param("guidance", "Nộp lại bản rõ nét")
                .exchange();
        assertThat(requested.getMvcResult().getFlashMap().get("flash")).asString().contains(code);
        assertThat(jdbc.queryForObject("select state from dossier where code = ?", String.class, code))
                .isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(mvc.get().uri("/mot-cua/ho-so/{c}", code).session(signIn("motcua.xa"))).hasStatus4xxClientError();
    }

    @Test
    void theApplicantSeesWhatWasRequestedAndSupplementsOnThePortal() throws Exception {
        String code = submit();
        var officer = signIn("motcua.tinh");
        mvc.post().uri("/mot-cua/ho-so/{c}/yeu-cau-bo-sung", code).session(officer).with(csrf())
                .param("component", "1").param("reason-c1", "Bản chụp mờ")
                .param("field", "content").param("reason-fcontent", "Ghi rõ nội dung").exchange();
        var citizen = mvc.post().uri("/login").with(csrf()).param("username", "congdan").param("password", "Demo@2026")
                .param("portal", "1").exchange().getRequest().getSession(false);
        var session = (MockHttpSession) citizen;
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{c}", code).session(session)).hasStatusOk()
                .bodyText().contains("/bo-sung");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{c}/bo-sung", code).session(session)).hasStatusOk()
                .bodyText().contains("Lý do: Bản chụp mờ").contains("Lý do: Ghi rõ nội dung");

        var incomplete = mvc.post().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{c}/bo-sung", code).multipart().session(session)
                .with(csrf()).param("field-content", "Cải chính họ").exchange();
        assertThat(incomplete).hasStatusOk().bodyText().contains("Chưa bổ sung đủ");

        var sent = mvc.post().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{c}/bo-sung", code).multipart().session(session)
                .file(new MockMultipartFile("component-1", "ro.pdf", "application/pdf", DossierApiTests.PDF))
                .with(csrf()).param("field-content", "Cải chính họ").exchange();
        assertThat(sent).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select state from dossier where code = ?", String.class, code)).isEqualTo("SUBMITTED");
    }
}
