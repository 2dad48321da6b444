package vn.openprovince.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: a client may burst up to the per-minute allowance, which refills evenly over
 * the minute. Kept in memory per node, for at most {@code maxClients} clients: when full, the least recently
 * seen client is forgotten (it starts again with a full bucket), so memory stays bounded under a flood of
 * addresses.
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    TokenBuckets(int requestsPerMinute, int maxClients, LongSupplier nanoTime) {
        if (requestsPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("requestsPerMinute and maxClients must be positive");
        }
        this.capacity = requestsPerMinute;
        this.tokensPerNano = requestsPerMinute / (double) NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes a token for the client.
     *
     * @return 0 when the request may proceed, else the whole seconds to wait before the next token
     */
    synchronized long take(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * tokensPerNano);
        bucket.updatedAt = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        double nanosToNextToken = (1 - bucket.tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanosToNextToken / 1_000_000_000.0));
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
