package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.notification.Notifications;

/**
 * Citizens register on the portal with a code sent to their e-mail or phone (read here from the outbox, as
 * the log-only provider leaves it), sign in on the portal, and never reach officials' pages or API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenAccountsTests {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    CitizenDirectory citizens;

    @Test
    void withoutAnIdentityProviderConfiguredTheSignInPageOffersNoSuchButton() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/dang-nhap")).hasStatusOk().bodyText()
                .doesNotContain("oidc-sign-in").doesNotContain("/oauth2/authorization");
        assertThat(mvc.get().uri("/oauth2/authorization/vneid")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void registeringWithAPhoneSendsACodeAndTheVerifiedAccountSignsInOnThePortal() {
        var registered = mvc.post().uri("/cong-dich-vu-cong/dang-ky").with(csrf())
                .param("kind", "CITIZEN").param("fullName", "Lò Thị Mai").param("contact", "0966 111 222")
                .param("password", "Mai@Hoabinh9").param("confirmation", "Mai@Hoabinh9").exchange();
        assertThat(registered).hasStatus(HttpStatus.FOUND);
        String verification = registered.getResponse().getRedirectedUrl();
        assertThat(verification).startsWith("/cong-dich-vu-cong/dang-ky/");

        var sent = notifications.sentTo("0966111222");
        assertThat(sent).isNotEmpty();
        assertThat(sent.getFirst().logOnly()).isTrue();
        var matcher = CODE.matcher(sent.getFirst().body());
        assertThat(matcher.find()).isTrue();

        assertThat(mvc.get().uri(verification)).hasStatusOk().bodyText().contains("096****222").contains("không được gửi thật");
        var verified = mvc.post().uri(verification).with(csrf()).param("code", matcher.group(1)).exchange();
        assertThat(verified).hasStatus(HttpStatus.FOUND);
        assertThat(verified.getResponse().getRedirectedUrl()).startsWith("/cong-dich-vu-cong/dang-nhap?verified");

        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", "0966111222")
                .param("password", "Mai@Hoabinh9").param("portal", "1").exchange();
        assertThat(signedIn).hasStatus(HttpStatus.FOUND);
        assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/cong-dich-vu-cong/ca-nhan/ho-so");
    }

    @Test
    void aWrongCodeIsCountedAndFiveWrongCodesNeedANewOne() {
        var registered = mvc.post().uri("/cong-dich-vu-cong/dang-ky").with(csrf())
                .param("kind", "CITIZEN").param("fullName", "Bùi Văn Hùng").param("contact", "hung.bui@example.vn")
                .param("password", "Hung@Hoabinh9").param("confirmation", "Hung@Hoabinh9").exchange();
        String verification = registered.getResponse().getRedirectedUrl();
        String code = CODE.matcher(notifications.sentTo("hung.bui@example.vn").getFirst().body()).results()
                .findFirst().orElseThrow().group(1);
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(mvc.post().uri(verification).with(csrf()).param("code", wrong)).hasStatusOk()
                .bodyText().contains("Còn 4 lần thử");
        for (int i = 0; i < 4; i++) {
            mvc.post().uri(verification).with(csrf()).param("code", wrong).exchange();
        }
        assertThat(mvc.post().uri(verification).with(csrf()).param("code", code)).hasStatusOk()
                .bodyText().contains("Gửi lại mã");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "hung.bui@example.vn")
                .param("password", "Hung@Hoabinh9").param("portal", "1")).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/cong-dich-vu-cong/dang-nhap?error");
    }

    @Test
    void registrationErrorsAreShownAtTheFieldAndSummarisedAtTheTop() {
        assertThat(mvc.post().uri("/cong-dich-vu-cong/dang-ky").with(csrf())
                .param("kind", "CITIZEN").param("fullName", "Hà Văn Tú").param("contact", "091234")
                .param("password", "Tu@Hoabinh99").param("confirmation", "Tu@Hoabinh99")).hasStatusOk()
                .bodyText().contains("error-summary").contains("số 0 và 9 chữ số");
    }

    @Test
    void demoCitizenHasAProfileAndIsRefusedOfficialsPagesAndApi() {
        assertThat(mvc.get().uri("/api/v1/accounts").with(httpBasic("congdan", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/agencies").with(httpBasic("doanhnghiep", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", "congdan")
                .param("password", "Demo@2026").param("portal", "1").exchange();
        var session = signedIn.getRequest().getSession(false);
        assertThat(mvc.get().uri("/").session((org.springframework.mock.web.MockHttpSession) session))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/thong-tin")
                .session((org.springframework.mock.web.MockHttpSession) session)).hasStatusOk()
                .bodyText().contains("017090001234").contains("Nguyễn Văn An");
    }

    @Test
    void officialsCannotUseCitizenPagesAndAnonymousVisitorsAreSentToThePortalSignIn() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/thong-tin")).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/cong-dich-vu-cong/dang-nhap");
        var official = mvc.post().uri("/login").with(csrf()).param("username", "motcua.xa")
                .param("password", "Demo@2026").exchange();
        assertThat(official.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/thong-tin")
                .session((org.springframework.mock.web.MockHttpSession) official.getRequest().getSession(false)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
