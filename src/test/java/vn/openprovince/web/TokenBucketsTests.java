package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void allowsABurstUpToTheAllowanceThenRefillsEvenly() {
        var buckets = new TokenBuckets(60, 10, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(buckets.take("203.0.113.1")).isZero();
        }
        assertThat(buckets.take("203.0.113.1")).isEqualTo(1);

        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(buckets.take("203.0.113.1")).isZero();
        assertThat(buckets.take("203.0.113.1")).isEqualTo(1);
    }

    @Test
    void tellsHowLongToWaitForTheNextToken() {
        var buckets = new TokenBuckets(2, 10, now::get);
        buckets.take("a");
        buckets.take("a");
        assertThat(buckets.take("a")).isEqualTo(30);
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(buckets.take("a")).isEqualTo(10);
    }

    @Test
    void neverStoresMoreThanTheAllowance() {
        var buckets = new TokenBuckets(2, 10, now::get);
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void forgetsTheLeastRecentlySeenClientWhenFull() {
        var buckets = new TokenBuckets(1, 2, now::get);
        buckets.take("a");
        buckets.take("b");
        buckets.take("c");
        // "a" was forgotten and starts again with a full bucket; "c" is still remembered.
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("c")).isPositive();
    }
}
