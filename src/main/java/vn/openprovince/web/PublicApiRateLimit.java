package vn.openprovince.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits the public API (no sign-in) per client address; a signed-in caller (an official, a citizen, an
 * API client) is accountable by name and is not counted, even on a public path such as the catalogue's
 * administration API that shares its prefix with the public look-ups. The address is the request's remote address:
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
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return true;
        }
        long retryAfterSeconds = buckets.take(request.getRemoteAddr());
        if (retryAfterSeconds > 0) {
            var problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
            problem.setType(URI.create("urn:openprovince:problem:RATE_LIMITED"));
            problem.setTitle("RATE_LIMITED");
            problem.setProperty("code", "RATE_LIMITED");
            var tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null,
                    "error.RATE_LIMITED_RETRY", new Object[] {retryAfterSeconds});
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            throw tooMany;
        }
        return true;
    }
}
