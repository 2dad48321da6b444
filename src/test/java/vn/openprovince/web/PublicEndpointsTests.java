package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What anyone may reach without signing in, and what they may not. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicEndpointsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void calendarIsPublic() {
        assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-02-17")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"day\":1,\"month\":1,\"year\":2026,\"leap\":false}");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline").param("start", "2026-02-13T09:00:00+07:00")
                .param("workingDays", "1"))
                .hasStatusOk().bodyJson().extractingPath("$.deadline").asString().startsWith("2026-02-2");
    }

    @Test
    void scheduleNeedsASystemAdministrator() {
        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026").with(httpBasic("vanthu.tinh", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026").with(httpBasic("admin", "Demo@2026")))
                .hasStatusOk();
    }

    @Test
    void openApiAndHealthArePublicButMetricsAreNot() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.paths").isNotNull();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", "Demo@2026"))).hasStatusOk();
    }

    @Test
    void pagesNeedSignInAndTheLoginPageIsVietnamese() {
        assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Đăng nhập", "lang=\"vi\"");
    }
}
