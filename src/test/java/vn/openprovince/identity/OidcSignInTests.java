package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.openprovince.identity.internal.CitizenAccounts;
import vn.openprovince.identity.internal.NewRegistration;
import vn.openprovince.identity.internal.ProfileChanges;
import vn.openprovince.notification.Notifications;

/**
 * Sign-in through an external OpenID Connect provider, against a real local provider over HTTP: the
 * authorization code flow with PKCE, accounts opened or linked from the claims, and the ID tokens the
 * portal must refuse (no or an invalid citizen ID; a wrong nonce or issuer, refused by the library).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTests {

    static final LocalOidcProvider provider = new LocalOidcProvider();
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) {
        properties.add("openprovince.oidc.issuer-uri", provider::issuer);
        properties.add("openprovince.oidc.client-id", () -> LocalOidcProvider.CLIENT_ID);
        properties.add("openprovince.oidc.client-secret", () -> LocalOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CitizenAccounts citizenAccounts;
    @Autowired
    Notifications notifications;

    @Test
    void theSignInPageOffersTheProvidersButton() throws Exception {
        var page = browser().send(get(app("/cong-dich-vu-cong/dang-nhap")), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("data-testid=\"oidc-sign-in\"")
                .contains("Đăng nhập bằng tài khoản định danh điện tử (VNeID)").contains("/oauth2/authorization/vneid");
    }

    @Test
    void aFirstSignInOpensAVerifiedCitizenAccountFromTheClaimsAndTheNextOneFindsIt() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        String citizenId = newCitizenId();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", citizenId, "name", "Hà Văn Dũng",
                "birthdate", "1999-03-04", "email", "dung." + subject + "@example.vn", "email_verified", true)));
        var browser = browser();
        int before = provider.pkceVerified.get();
        var landed = signIn(browser);
        assertThat(landed).isEqualTo(app("/cong-dich-vu-cong/ca-nhan/ho-so"));
        assertThat(provider.pkceVerified.get()).isEqualTo(before + 1);
        assertThat(provider.lastAuthorizationRequest).containsKeys("nonce", "code_challenge", "state")
                .containsEntry("code_challenge_method", "S256");

        var profile = browser.send(get(app("/cong-dich-vu-cong/ca-nhan/thong-tin")), HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Hà Văn Dũng").contains(citizenId).contains("1999-03-04")
                .contains("dung." + subject + "@example.vn");
        // A citizen like any other: the officials' pages stay closed.
        assertThat(browser.send(get(app("/")), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);

        UUID account = linkedAccount(subject);
        assertThat(jdbc.queryForObject("select username from account where id = ?", String.class, account))
                .isEqualTo("vneid:" + citizenId);
        // Online submission works unchanged for a citizen signed in this way.
        String code = submitOnline(browser);
        assertThat(jdbc.queryForObject("select applicant_account_id from dossier where code = ?", UUID.class, code))
                .isEqualTo(account);
        assertThat(jdbc.queryForObject("select citizen_id_verified_at from citizen_profile where account_id = ?",
                java.sql.Timestamp.class, account)).isNotNull();
        assertThat(audited("citizen-account.oidc-created", account)).isEqualTo(1);

        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", citizenId, "name", "Hà Văn Dũng")));
        assertThat(signIn(browser())).isEqualTo(app("/cong-dich-vu-cong/ca-nhan/ho-so"));
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class, subject))
                .isEqualTo(1);
        assertThat(audited("citizen-account.oidc-signed-in", account)).isEqualTo(2);
    }

    @Test
    void aFirstSignInLinksTheAccountWhoseVerifiedContactTheProviderVouchesFor() throws Exception {
        String email = "lan." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String citizenId = newCitizenId();
        UUID account = passwordCitizen("Đinh Thị Lan", email, citizenId);
        String subject = "sub-" + UUID.randomUUID();
        // The citizen ID comes from userinfo here, under the Vietnamese claim name.
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("name", "Đinh Thị Lan"))
                .withUserInfo(Map.of("so_dinh_danh", citizenId, "email", email, "email_verified", true)));
        var browser = browser();
        assertThat(signIn(browser)).isEqualTo(app("/cong-dich-vu-cong/ca-nhan/ho-so"));
        assertThat(linkedAccount(subject)).isEqualTo(account);
        assertThat(audited("citizen-account.oidc-linked", account)).isEqualTo(1);
        var profile = browser.send(get(app("/cong-dich-vu-cong/ca-nhan/thong-tin")), HttpResponse.BodyHandlers.ofString());
        assertThat(profile.body()).contains("Đinh Thị Lan").contains(email);
    }

    @Test
    void aCitizenIdMerelyTypedIntoSomeoneElsesProfileLinksNothing() throws Exception {
        String squatterEmail = "squat." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String citizenId = newCitizenId();
        UUID squatter = passwordCitizen("Kẻ Mạo Danh", squatterEmail, citizenId);
        String subject = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", citizenId, "name", "Vì Văn Thật")));
        assertThat(signIn(browser())).isEqualTo(app("/cong-dich-vu-cong/ca-nhan/ho-so"));
        UUID account = linkedAccount(subject);
        assertThat(account).isNotEqualTo(squatter);
        assertThat(jdbc.queryForObject("select full_name from citizen_profile where account_id = ?", String.class, account))
                .isEqualTo("Vì Văn Thật");

        // Now the number is vouched for: the next provider account with it (another subject) joins that account.
        String second = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(second, Map.of("citizen_id", citizenId, "name", "Vì Văn Thật")));
        assertThat(signIn(browser())).isEqualTo(app("/cong-dich-vu-cong/ca-nhan/ho-so"));
        assertThat(linkedAccount(second)).isEqualTo(account);
    }

    @Test
    void anIdTokenWithoutTheCitizenIdIsRefusedWithAClearMessage() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("name", "Không Có Số")));
        var browser = browser();
        String landed = signIn(browser);
        assertThat(landed).isEqualTo(app("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_NO_CITIZEN_ID"));
        assertThat(browser.send(get(landed), HttpResponse.BodyHandlers.ofString()).body())
                .contains("không cung cấp số định danh cá nhân (12 chữ số)");
        assertNotSignedIn(browser, subject);
    }

    @Test
    void anIdTokenWithAnInvalidCitizenIdIsRefusedWithAClearMessage() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", "12345678901", "name", "Số Sai")));
        var browser = browser();
        String landed = signIn(browser);
        assertThat(landed).isEqualTo(app("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_INVALID_CITIZEN_ID"));
        assertThat(browser.send(get(landed), HttpResponse.BodyHandlers.ofString()).body())
                .contains("không hợp lệ (phải gồm đúng 12 chữ số)");
        assertNotSignedIn(browser, subject);
    }

    @Test
    void anIdTokenWithTheWrongNonceIsRefusedByTheLibrary() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", newCitizenId(), "name", "Phát Lại"))
                .lyingAboutNonce());
        var browser = browser();
        String landed = signIn(browser);
        assertThat(landed).isEqualTo(app("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_FAILED"));
        assertThat(browser.send(get(landed), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Đăng nhập bằng tài khoản định danh điện tử không thành công");
        assertNotSignedIn(browser, subject);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefusedByTheLibrary() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        provider.signInNext(LocalOidcProvider.User.of(subject, Map.of("citizen_id", newCitizenId(), "name", "Giả Mạo"))
                .lyingAboutIssuer("https://evil.example"));
        var browser = browser();
        assertThat(signIn(browser)).isEqualTo(app("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_FAILED"));
        assertNotSignedIn(browser, subject);
    }

    /** Submits a death registration through the portal's pages, as a browser would (CSRF token from the form). */
    private String submitOnline(HttpClient browser) throws Exception {
        String form = "/cong-dich-vu-cong/thu-tuc/1.000656/nop-truc-tuyen";
        String page = browser.send(get(app(form)), HttpResponse.BodyHandlers.ofString()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String csrf = token.group(1);
        String fields = "_csrf=" + encode(csrf) + "&action=next&f.deceasedName=" + encode("Hà Văn Sơn")
                + "&f.deathDate=2026-11-28&f.relationship=" + encode("Con");
        var step = browser.send(HttpRequest.newBuilder(URI.create(app(form)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(step.statusCode()).isIn(200, 302);
        String boundary = "----op" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"idempotencyKey\"\r\n\r\n" + UUID.randomUUID() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"component-1\"; filename=\"giay-bao-tu.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
        var submitted = browser.send(HttpRequest.newBuilder(URI.create(app(form + "/nop")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String prefix = "/cong-dich-vu-cong/ca-nhan/ho-so/";
        int start = location.indexOf(prefix) + prefix.length();
        return location.substring(start, location.indexOf('?', start));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Follows the flow by hand: portal → provider's authorize → portal's callback → where the portal sends us. */
    private String signIn(HttpClient browser) throws Exception {
        var start = browser.send(get(app("/oauth2/authorization/vneid")), HttpResponse.BodyHandlers.discarding());
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(provider.issuer() + "/authorize?");
        var authorized = browser.send(get(authorize), HttpResponse.BodyHandlers.discarding());
        assertThat(authorized.statusCode()).isEqualTo(302);
        String callback = authorized.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(app("/login/oauth2/code/vneid?"));
        var done = browser.send(get(callback), HttpResponse.BodyHandlers.discarding());
        assertThat(done.statusCode()).isEqualTo(302);
        String location = done.headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? app(location) : location;
    }

    private void assertNotSignedIn(HttpClient browser, String subject) throws Exception {
        var mine = browser.send(get(app("/cong-dich-vu-cong/ca-nhan/ho-so")), HttpResponse.BodyHandlers.discarding());
        assertThat(mine.statusCode()).isEqualTo(302);
        assertThat(mine.headers().firstValue("Location").orElseThrow()).contains("/cong-dich-vu-cong/dang-nhap");
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class, subject))
                .isZero();
    }

    /** A citizen who registered with a password and verified their e-mail, then typed a citizen ID into the profile. */
    private UUID passwordCitizen(String name, String email, String citizenId) {
        UUID registration = citizenAccounts.register(new NewRegistration(ApplicantKind.CITIZEN, name, email, "Lan@Hoabinh9",
                "Lan@Hoabinh9", null, null));
        var matcher = CODE.matcher(notifications.sentTo(email).getFirst().body());
        assertThat(matcher.find()).isTrue();
        citizenAccounts.verify(registration, matcher.group(1));
        UUID account = jdbc.queryForObject("select id from account where username = ?", UUID.class, email);
        citizenAccounts.updateProfile(account, new ProfileChanges(name, citizenId, null, null, email, null, null, null,
                null, null, null));
        return account;
    }

    /** A fresh made-up number, so runs on a kept database do not meet the previous run's accounts. */
    private static String newCitizenId() {
        return "0" + String.format("%011d", java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    private UUID linkedAccount(String subject) {
        return jdbc.queryForObject("select account_id from external_identity where provider = 'vneid' and subject = ?",
                UUID.class, subject);
    }

    private int audited(String action, UUID account) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?", Integer.class,
                action, account.toString());
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }
}
