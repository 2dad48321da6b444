package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.notification.Notifications;

/**
 * A business authorises staff: the staff member verifies a code sent to them and sets a password, then acts for
 * the business (their dossiers are the business's, their name is on the record); once revoked, they are out at
 * their next request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BusinessStaffTests {

    private static final String STAFF_PAGE = "/cong-dich-vu-cong/ca-nhan/nhan-vien";
    private static final Pattern INVITATION = Pattern.compile("/cong-dich-vu-cong/dang-ky/nhan-vien/([0-9a-f\\-]{36})");
    private static final Pattern CODE = Pattern.compile("mã xác minh (\\d{6})");
    private static final String PASSWORD = "Cuong@Hoabinh9";
    private static final String COMPANY = "Công ty TNHH Nông sản Hòa Bình (mẫu)";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void aStaffMemberSubmitsForTheBusinessAndIsRefusedOnceRevoked() throws Exception {
        var owner = signIn("doanhnghiep", "Demo@2026");
        String contact = "cuong." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        UUID invitation = invite(owner, "Phạm Văn Cường", contact);
        assertThat(mvc.get().uri(STAFF_PAGE).session(owner)).hasStatusOk().bodyText()
                .contains("Phạm Văn Cường").contains(contact).contains("Đã mời, chờ xác minh");

        String accept = "/cong-dich-vu-cong/dang-ky/nhan-vien/" + invitation;
        assertThat(mvc.get().uri(accept)).hasStatusOk().bodyText().contains(COMPANY);
        // A password that does not match its confirmation opens nothing.
        assertThat(mvc.post().uri(accept).with(csrf()).param("code", code(contact)).param("password", PASSWORD)
                .param("confirmation", PASSWORD + "x")).hasStatusOk().bodyText().contains("is-invalid");
        var accepted = mvc.post().uri(accept).with(csrf()).param("code", code(contact)).param("password", PASSWORD)
                .param("confirmation", PASSWORD).exchange();
        assertThat(accepted).hasStatus(HttpStatus.FOUND);
        assertThat(accepted.getResponse().getRedirectedUrl()).startsWith("/cong-dich-vu-cong/dang-nhap?verified");

        var staff = signIn(contact, PASSWORD);
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/thong-tin").session(staff)).hasStatusOk().bodyText()
                .contains("data-testid=\"acting-for\"").contains(COMPANY).contains("Phạm Văn Cường");
        // Staff act for the business, they do not manage it.
        assertThat(mvc.get().uri(STAFF_PAGE).session(staff)).hasStatus(HttpStatus.FORBIDDEN);

        var submitted = submit(contact, PASSWORD);
        assertThat(submitted).hasStatus(HttpStatus.CREATED);
        String code = com.jayway.jsonpath.JsonPath.read(submitted.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
        UUID business = jdbc.queryForObject("select id from account where username = 'doanhnghiep'", UUID.class);
        assertThat(jdbc.queryForObject("select applicant_account_id from dossier where code = ?", UUID.class, code))
                .isEqualTo(business);
        assertThat(jdbc.queryForObject("select applicant_name from dossier where code = ?", String.class, code))
                .isEqualTo(COMPANY);
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so").session(owner)).hasStatusOk().bodyText().contains(code);
        // Who acted is on the record: the staff member, not the business.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Integer.class, contact)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'business-staff.signed-in' "
                + "and object_id = ? and details like ?", Integer.class, business.toString(), "%" + contact + "%")).isPositive();

        UUID member = jdbc.queryForObject("select id from business_staff where contact = ?", UUID.class, contact);
        assertThat(mvc.post().uri(STAFF_PAGE + "/" + member + "/thu-hoi").session(owner).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(audited("business-staff.revoked", business, contact)).isEqualTo(1);

        // The session opened before the revocation ends at its next request; password and API sign-in fail.
        var next = mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so").session(staff).exchange();
        assertThat(next).hasStatus(HttpStatus.FOUND);
        assertThat(next.getResponse().getRedirectedUrl()).endsWith("/cong-dich-vu-cong/dang-nhap?revoked");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/dang-nhap?revoked")).hasStatusOk().bodyText()
                .contains("đã bị thu hồi");
        var again = mvc.post().uri("/login").with(csrf()).param("username", contact).param("password", PASSWORD)
                .param("portal", "1").exchange();
        assertThat(again.getResponse().getRedirectedUrl()).endsWith("/cong-dich-vu-cong/dang-nhap?disabled");
        assertThat(submit(contact, PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri(STAFF_PAGE).session(owner)).hasStatusOk().bodyText().contains("Đã thu hồi");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        var owner = signIn("doanhnghiep", "Demo@2026");
        String contact = "09" + String.valueOf(System.nanoTime()).substring(0, 8);
        UUID invitation = invite(owner, "Lê Thị Dung", contact);
        UUID member = jdbc.queryForObject("select id from business_staff where contact = ?", UUID.class, contact);
        mvc.post().uri(STAFF_PAGE + "/" + member + "/thu-hoi").session(owner).with(csrf()).exchange();
        assertThat(mvc.post().uri("/cong-dich-vu-cong/dang-ky/nhan-vien/" + invitation).with(csrf())
                .param("code", code(contact)).param("password", PASSWORD).param("confirmation", PASSWORD))
                .hasStatus(HttpStatus.GONE);
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, contact)).isZero();
        // Nor can the invitation be used as an ordinary registration.
        assertThat(mvc.post().uri("/cong-dich-vu-cong/dang-ky/" + invitation).with(csrf()).param("code", code(contact)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCitizenAccountCannotAuthoriseStaffAndAContactInUseIsRefused() {
        var citizen = signIn("congdan", "Demo@2026");
        assertThat(mvc.post().uri(STAFF_PAGE).session(citizen).with(csrf()).param("fullName", "Ai Đó")
                .param("contact", "aido@example.vn")).hasStatus(HttpStatus.FORBIDDEN);
        var owner = signIn("doanhnghiep", "Demo@2026");
        assertThat(mvc.post().uri(STAFF_PAGE).session(owner).with(csrf()).param("fullName", "Ai Đó")
                .param("contact", "congdan@demo.openprovince.vn")).hasStatusOk().bodyText()
                .contains("is-invalid");
        assertThat(mvc.post().uri(STAFF_PAGE).session(owner).with(csrf()).param("fullName", "Ai Đó")
                .param("contact", "không phải địa chỉ")).hasStatusOk().bodyText().contains("is-invalid");
    }

    private UUID invite(MockHttpSession owner, String name, String contact) {
        var added = mvc.post().uri(STAFF_PAGE).session(owner).with(csrf()).param("fullName", name).param("contact", contact)
                .exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(STAFF_PAGE);
        var matcher = INVITATION.matcher(notifications.sentTo(contact).getFirst().body());
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private String code(String contact) {
        var matcher = CODE.matcher(notifications.sentTo(contact).getFirst().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int audited(String action, UUID account, String detail) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ? and details like ?",
                Integer.class, action, account.toString(), "%" + detail + "%");
    }

    private MvcTestResult submit(String user, String password) {
        return mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE, BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF))
                .with(httpBasic(user, password)).exchange();
    }

    private MockHttpSession signIn(String username, String password) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", password).param("portal", "1").exchange();
        assertThat(signedIn).hasStatus(HttpStatus.FOUND);
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }
}
