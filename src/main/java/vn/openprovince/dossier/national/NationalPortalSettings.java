package vn.openprovince.dossier.national;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kết nối Cổng DVCQG ({@code openprovince.national.*}, or the environment: {@code OPENPROVINCE_NATIONAL_ENDPOINT},
 * {@code OPENPROVINCE_NATIONAL_UNIT_CODE}, {@code OPENPROVINCE_NATIONAL_USERNAME}, {@code OPENPROVINCE_NATIONAL_PASSWORD}).
 * With no endpoint the outbox is still written and its rows wait; nothing is sent anywhere.
 *
 * @param endpoint       the portal's base URL (HTTPS in production), blank when not configured
 * @param unitCode       the province's unit code on the portal ({@code madonvi})
 * @param tokenPath      where the session token is obtained, relative to the endpoint
 * @param servicePath    where the service calls are posted, relative to the endpoint
 * @param maxAttempts    attempts before a row is FAILED (an administrator may retry it)
 * @param initialBackoff wait after the first failed attempt; doubled after each, up to {@code maxBackoff}
 * @param claimFor       how long one attempt holds its row; a crashed worker's row is free again after it
 */
@ConfigurationProperties("openprovince.national")
public record NationalPortalSettings(@DefaultValue("") String endpoint, @DefaultValue("") String unitCode,
                                     @DefaultValue("") String username, @DefaultValue("") String password,
                                     @DefaultValue("/token") String tokenPath, @DefaultValue("/api") String servicePath,
                                     @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
                                     @DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration claimFor,
                                     @DefaultValue("5s") Duration connectTimeout,
                                     @DefaultValue("30s") Duration requestTimeout, @DefaultValue("20") int batchSize) {

    /** Whether a national endpoint is configured. */
    public boolean configured() {
        return endpoint != null && !endpoint.isBlank();
    }

    /** The wait before attempt {@code attempts + 1}: exponential, capped. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
