package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.organization.OrganizationDirectory;

/** Accounts, passwords, lockout and API clients through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityApiTests {

    private static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void meShowsTheOfficialAgencyAndGrants() {
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic("vanthu.tinh", PASSWORD))).hasStatusOk().bodyJson()
                .satisfies(body -> {
                    assertThat(body).extractingPath("$.displayName").isEqualTo("Nguyễn Thị Lan");
                    assertThat(body).extractingPath("$.grants[*].role").asArray().contains("CLERK");
                });
    }

    @Test
    void repeatedFailedSignInsLockTheAccount() {
        String username = openAccount("khoa.thu" + suffix(), "Quản trị phường", "Mat#Khau2026");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, "wrong-password"))).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, "Mat#Khau2026"))).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.locked'", Integer.class)).isPositive();

        UUID id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
        assertThat(mvc.post().uri("/api/v1/accounts/{id}/unlock", id).with(httpBasic("quantri.xa", PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, "Mat#Khau2026"))).hasStatusOk();
    }

    @Test
    void weakPasswordIsRejected() {
        var rejected = openAccountRequest("yeu" + suffix(), "Cán bộ mật khẩu yếu", "12345678");
        assertThat(rejected).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("ID_WEAK_PASSWORD");
    }

    @Test
    void duplicateUsernameIsRejected() {
        var rejected = openAccountRequest("vanthu.xa", "Cán bộ trùng tên", "Mat#Khau2026");
        assertThat(rejected).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("ID_DUPLICATE_USERNAME");
    }

    @Test
    void communeAdministratorCannotGrantSystemRights() {
        String username = openAccount("nangquyen" + suffix(), "Cán bộ nâng quyền", "Mat#Khau2026");
        UUID id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
        var rejected = mvc.put().uri("/api/v1/accounts/{id}/grants", id).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"role\":\"SYSTEM_ADMIN\",\"agencyId\":\"" + committeeOf("04789") + "\",\"scope\":\"ALL\"}]")
                .exchange();
        assertThat(rejected).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ID_GRANT_OUTSIDE_SCOPE");

        var otherCommune = mvc.put().uri("/api/v1/accounts/{id}/grants", id).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"role\":\"CLERK\",\"agencyId\":\"" + committeeOf("04792") + "\",\"scope\":\"AGENCY\"}]")
                .exchange();
        assertThat(otherCommune).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void apiClientAuthenticatesWithItsTokenUntilRevoked() throws Exception {
        var registered = mvc.post().uri("/api/v1/api-clients").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hệ thống thử\",\"role\":\"CLERK\",\"agencyId\":\"" + committeeOf("04789") + "\"}")
                .exchange();
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        var body = json.readTree(registered.getResponse().getContentAsByteArray());
        String token = body.get("token").asString();

        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", committeeOf("04789"))
                .header("Authorization", "Bearer " + token)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", committeeOf("04792"))
                .header("Authorization", "Bearer " + token)).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.delete().uri("/api/v1/api-clients/{id}", body.get("id").asString()).with(httpBasic("admin", PASSWORD)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", committeeOf("04789"))
                .header("Authorization", "Bearer " + token)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlySystemAdministratorsManageApiClients() {
        assertThat(mvc.get().uri("/api/v1/api-clients").with(httpBasic("quantri.tinh", PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAccessTokenObtainedOnceWithThePasswordActsAsTheAccountUntilItIsRevoked() throws Exception {
        var issued = mvc.post().uri("/api/v1/auth/tokens").with(httpBasic("congdan", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Điện thoại của tôi\"}").exchange();
        assertThat(issued).hasStatus(HttpStatus.CREATED);
        var body = json.readTree(issued.getResponse().getContentAsByteArray());
        String token = body.get("token").asString();
        assertThat(token).startsWith("opa_").hasSizeGreaterThan(40);
        assertThat(java.time.Instant.parse(body.get("expiresAt").asString()))
                .isBetween(java.time.Instant.now().plusSeconds(7 * 3600), java.time.Instant.now().plusSeconds(9 * 3600));

        assertThat(mvc.get().uri("/api/v1/dossiers/mine").header("Authorization", "Bearer " + token)).hasStatusOk();
        // still only what the account may do: a citizen's token is not an official's
        assertThat(mvc.get().uri("/api/v1/exchange/arrivals").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/auth/tokens").header("Authorization", "Bearer " + token)).hasStatusOk()
                .bodyJson().satisfies(list -> {
                    assertThat(list).extractingPath("$[*].name").asArray().contains("Điện thoại của tôi");
                    assertThat(list).extractingPath("$[*].token").asArray().containsOnlyNulls();
                });
        // a token cannot give itself a successor: the password is asked again when it expires
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ID_TOKEN_NEEDS_PASSWORD");
        assertThat(mvc.delete().uri("/api/v1/auth/tokens/current").with(httpBasic("congdan", PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("ID_TOKEN_NOT_PRESENTED");

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/current").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/dossiers/mine").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.code").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('access-token.issued',"
                + " 'access-token.revoked') and actor = 'congdan'",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAccessTokenStopsWhenItExpiresWhenThePasswordIsResetAndWhenTheAccountIsDisabled() throws Exception {
        String username = openAccount("matruycap" + suffix(), "Cán bộ dùng ứng dụng", "Mat#Khau2026");
        UUID id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
        String first = token(username, "Mat#Khau2026");
        String second = token(username, "Mat#Khau2026");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + first)).hasStatusOk();

        jdbc.update("update account_access_token set expires_at = ? where token_prefix = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), first.substring(0, 11));
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + first)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + second)).hasStatusOk();

        assertThat(mvc.post().uri("/api/v1/accounts/{id}/password-reset", id).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Moi#MatKhau2026\"}"))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + second)).hasStatus(HttpStatus.UNAUTHORIZED);

        String third = token(username, "Moi#MatKhau2026");
        jdbc.update("update account set enabled = false where id = ?", id);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + third)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer opa_notatoken"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private String token(String username, String password) throws Exception {
        var issued = mvc.post().uri("/api/v1/auth/tokens").with(httpBasic(username, password)).exchange();
        assertThat(issued).hasStatus(HttpStatus.CREATED);
        return json.readTree(issued.getResponse().getContentAsByteArray()).get("token").asString();
    }

    /** Registers an official at Phường Thái Bình and opens an account for them as its administrator. */
    private String openAccount(String username, String fullName, String password) {
        assertThat(openAccountRequest(username, fullName, password)).hasStatus(HttpStatus.CREATED);
        return username;
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult openAccountRequest(String username, String fullName,
                                                                                        String password) {
        var official = mvc.post().uri("/api/v1/agencies/{id}/officials", committeeOf("04789"))
                .with(httpBasic("quantri.xa", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"" + fullName + "\",\"position\":\"Chuyên viên\"}").exchange();
        assertThat(official).hasStatus(HttpStatus.CREATED);
        String officialId = json.readTree(official.getResponse().getContentAsByteArray()).get("id").asString();
        return mvc.post().uri("/api/v1/accounts").with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"officialId\":\""
                        + officialId + "\",\"role\":\"SPECIALIST\"}")
                .exchange();
    }

    private UUID committeeOf(String unitCode) {
        return directory.agenciesOfUnit(unitCode).getFirst().id().value();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
