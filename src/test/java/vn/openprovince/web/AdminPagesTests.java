package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.organization.OrganizationDirectory;

/** Every administration page renders in Vietnamese for those allowed, and refuses the others. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void systemAdministratorPagesRender() {
        UUID agency = committeeOf("04789");
        UUID account = jdbc.queryForObject("select id from account where username = 'vanthu.xa'", UUID.class);
        UUID official = jdbc.queryForObject("select official_id from account where username = 'vanthu.xa'", UUID.class);
        for (String page : new String[] {"/", "/admin/units", "/admin/units?code=17", "/admin/units?code=148",
                "/admin/agencies", "/admin/agencies?q=so&page=1", "/admin/agencies/new", "/admin/agencies/" + agency,
                "/admin/agencies/" + agency + "/officials", "/admin/agencies/" + agency + "/officials/new",
                "/admin/officials/" + official, "/admin/accounts", "/admin/accounts/" + account,
                "/admin/accounts/new?officialId=" + official, "/admin/api-clients", "/admin/audit",
                "/calendar", "/calendar?year=2025", "/account/password"}) {
            assertThat(mvc.get().uri(page).with(as("admin"))).as(page).hasStatusOk().bodyText().contains("lang=\"vi\"");
        }
    }

    @Test
    void agencyAdministratorIsKeptToTheirScope() {
        assertThat(mvc.get().uri("/admin/agencies/{id}/officials", committeeOf("04792")).with(as("quantri.xa")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/audit").with(as("quantri.xa"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/api-clients").with(as("quantri.tinh"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/agencies").with(as("quantri.xa"))).hasStatusOk().bodyText()
                .contains("Ủy ban nhân dân phường Thái Bình").doesNotContain("Ủy ban nhân dân phường Tân Hòa");
    }

    @Test
    void invalidIdentifierCodeIsShownNextToTheField() {
        UUID agency = committeeOf("04789");
        var result = mvc.post().uri("/admin/agencies/{id}", agency).with(as("quantri.tinh")).with(csrf())
                .param("name", "Ủy ban nhân dân phường Thái Bình").param("abbreviation", "UBND")
                .param("identifierCode", "000.00.H99").param("sharingCode", "").exchange();
        assertThat(result).hasStatusOk().bodyText()
                .contains("không đúng định dạng V1V2V3.Z1Z2.Y1Y2.MX1X2").contains("is-invalid");
    }

    @Test
    void administratorGrantsAndWithdrawsARoleOnTheAccountPage() {
        UUID account = jdbc.queryForObject("select id from account where username = 'motcua.xa'", UUID.class);
        UUID agency = committeeOf("04789");
        assertThat(mvc.post().uri("/admin/accounts/{id}/grants", account).with(as("quantri.xa")).with(csrf())
                .param("role", "CLERK").param("agencyId", agency.toString()).param("scope", "AGENCY"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(grantsOf(account)).isEqualTo(2);

        assertThat(mvc.post().uri("/admin/accounts/{id}/grants/remove", account).with(as("quantri.xa")).with(csrf())
                .param("index", "1")).hasStatus(HttpStatus.FOUND);
        assertThat(grantsOf(account)).isEqualTo(1);

        var refused = mvc.post().uri("/admin/accounts/{id}/grants", account).with(as("quantri.xa")).with(csrf())
                .param("role", "CLERK").param("agencyId", committeeOf("04792").toString()).param("scope", "AGENCY")
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("Bạn không được cấp vai trò");
        assertThat(grantsOf(account)).isEqualTo(1);
    }

    private int grantsOf(UUID account) {
        return jdbc.queryForObject("select count(*) from role_assignment where account_id = ?", Integer.class, account);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private UUID committeeOf(String unitCode) {
        return directory.agenciesOfUnit(unitCode).getFirst().id().value();
    }
}
