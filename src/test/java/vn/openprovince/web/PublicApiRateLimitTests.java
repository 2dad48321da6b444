package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public API shares one allowance per client address; signed-in API use is not limited by it. */
@SpringBootTest(properties = "openprovince.public-api.requests-per-minute=2")
@AutoConfigureMockMvc
class PublicApiRateLimitTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersTooManyRequestsWithRetryAfterOnceTheAllowanceIsSpent() {
        assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-02-17").with(from("198.51.100.1"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/17/children").with(from("198.51.100.1"))).hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/units/17").with(from("198.51.100.1")))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .containsHeader(HttpHeaders.RETRY_AFTER)
                .bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");

        // Another client has its own allowance.
        assertThat(mvc.get().uri("/api/v1/units/17").with(from("198.51.100.2"))).hasStatusOk();
    }

    @Test
    void registrationAndThePublicDossierLookUpAreLimitedToo() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/dang-ky").with(from("198.51.100.4"))).hasStatusOk();
        assertThat(mvc.get().uri("/cong-dich-vu-cong/tra-cuu").with(from("198.51.100.4"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/dossiers/H99-000000-0000/status").with(from("198.51.100.4")))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void doesNotLimitSignedInUse() {
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026").with(from("198.51.100.3"))
                    .with(httpBasic("admin", "Demo@2026"))).hasStatusOk();
            // A public path too: the allowance is for anonymous callers only.
            assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.3"))
                    .with(httpBasic("admin", "Demo@2026"))).hasStatusOk();
        }
        assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.3"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.3"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.3")))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
