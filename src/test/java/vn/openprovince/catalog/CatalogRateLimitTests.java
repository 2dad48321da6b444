package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public procedures API is limited per client address like the other public endpoints, and documented. */
@SpringBootTest(properties = "openprovince.public-api.requests-per-minute=2")
@AutoConfigureMockMvc
class CatalogRateLimitTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void proceduresApiAnswersTooManyRequestsOnceTheAllowanceIsSpent() {
        assertThat(mvc.get().uri("/api/v1/procedures?q=khai sinh").with(from("198.51.100.20"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.20"))).hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/procedures/1.001193").with(from("198.51.100.20")))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader(HttpHeaders.RETRY_AFTER)
                .bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
    }

    @Test
    void proceduresApiIsInTheOpenApiDescription() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.paths")
                .asMap().containsKeys("/api/v1/procedures", "/api/v1/procedures/{code}",
                        "/api/v1/procedures/{code}/draft", "/api/v1/procedures/{code}/publication");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
