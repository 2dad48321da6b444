package vn.openprovince.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;

/**
 * Limits the public calendar endpoints per client address. The address is the request's remote address:
 * behind a proxy, {@code server.forward-headers-strategy} must be set so it is the client's, and a client
 * cannot choose it by sending its own X-Forwarded-For.
 */
class PublicApiRateLimit implements HandlerInterceptor {

    private final TokenBuckets buckets;

    PublicApiRateLimit(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long retryAfterSeconds = buckets.take(request.getRemoteAddr());
        if (retryAfterSeconds > 0) {
            var tooMany = new CalendarException(CalendarError.RATE_LIMITED,
                    "Too many requests; retry in %d seconds.".formatted(retryAfterSeconds), retryAfterSeconds);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            throw tooMany;
        }
        return true;
    }
}
