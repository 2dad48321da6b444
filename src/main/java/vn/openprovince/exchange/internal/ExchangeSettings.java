package vn.openprovince.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document exchange ({@code openprovince.exchange.*}).
 *
 * @param maxAttempts     attempts before a delivery is DEAD
 * @param initialBackoff  wait after the first failed attempt; doubled after each, up to {@code maxBackoff}
 * @param claimFor        how long one attempt holds its row; a crashed worker's row is free again after it
 * @param maxPackageSize  the largest package accepted (and sent)
 * @param parallelSends   how many claimed rows one node sends at once
 */
@ConfigurationProperties("openprovince.exchange")
record ExchangeSettings(@DefaultValue("8") int maxAttempts, @DefaultValue("10s") Duration initialBackoff,
                        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration claimFor,
                        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration requestTimeout,
                        @DefaultValue("30MB") DataSize maxPackageSize, @DefaultValue("20") int batchSize,
                        @DefaultValue("8") int parallelSends) {

    /** The wait before attempt {@code attempts + 1}: exponential, capped. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
