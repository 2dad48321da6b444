package vn.openprovince.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

// The web shell's advice needs the identity module, which this slice leaves out.
@WebMvcTest(controllers = {PublicCalendarController.class, ScheduleController.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.openprovince\\.web\\..*"),
        properties = "openprovince.public-api.requests-per-minute=1")
@Import(CalendarWebTestConfiguration.class)
class PublicApiRateLimitTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersTooManyRequestsWithRetryAfterOnceTheAllowanceIsSpent() {
        assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-02-17")).hasStatusOk();

        // One request per minute: the next token comes about 60 seconds later.
        assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2026"))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .containsHeader(HttpHeaders.RETRY_AFTER)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_RATE_LIMITED");

        // Another client has its own allowance.
        assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-02-17")
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                })).hasStatusOk();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void doesNotLimitTheAdministratorsSchedule() {
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026")).hasStatusOk();
        }
    }
}
