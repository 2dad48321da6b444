package vn.openprovince.calendar.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rate-limits the public calendar endpoints (not the administrators' schedule). */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration implements WebMvcConfigurer {

    /** Enough distinct clients for a province's traffic, small enough to bound memory (~100 bytes each). */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int requestsPerMinute;

    CalendarWebConfiguration(@Value("${openprovince.public-api.requests-per-minute:120}") int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var buckets = new TokenBuckets(requestsPerMinute, MAX_TRACKED_CLIENTS, System::nanoTime);
        String base = PublicCalendarController.BASE;
        registry.addInterceptor(new PublicApiRateLimit(buckets))
                .addPathPatterns(base + "/lunar", base + "/solar", base + "/holidays", base + "/deadline");
    }
}
