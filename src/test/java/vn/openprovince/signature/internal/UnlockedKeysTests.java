package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Opened PKCS#12 keys are held for a while, then opened again; the store is never closed under a signer. */
class UnlockedKeysTests {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final byte[] KEYSTORE = CertificateAuthority.root("Unlocked Keys Test Root", Duration.ofDays(2))
            .issueSigner("Người Ký", "Cơ quan", Duration.ofDays(1)).toPkcs12("signer", PASSWORD);

    private final AtomicInteger opened = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private final UnlockedKeys keys = new UnlockedKeys(Duration.ofMinutes(10), 2, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aKeyIsOpenedOnceWithinItsTimeToLiveAndAgainAfter() {
        var id = UUID.randomUUID();

        try (var device = keys.device(id, this::open)) {
            assertThat(device.certificateChain()).isNotEmpty();
        }
        now = now.plus(Duration.ofMinutes(9));
        try (var device = keys.device(id, this::open)) {
            // close() of the first device left the store usable
            assertThat(device.certificateChain().getFirst().getSubject().getPrincipal().getName()).contains("Người Ký");
        }
        assertThat(opened).hasValue(1);

        now = now.plus(Duration.ofMinutes(2));
        keys.device(id, this::open).close();
        assertThat(opened).hasValue(2);
    }

    @Test
    void noMoreKeysAreHeldThanTheCapacityAndForgottenKeysAreOpenedAgain() {
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        keys.device(first, this::open);
        now = now.plusSeconds(1);
        keys.device(second, this::open);
        now = now.plusSeconds(1);
        // A third key makes room by forgetting the oldest one, the first.
        keys.device(UUID.randomUUID(), this::open);
        keys.device(second, this::open);
        assertThat(opened).hasValue(3);
        keys.device(first, this::open);
        assertThat(opened).hasValue(4);

        var held = UUID.randomUUID();
        keys.device(held, this::open);
        keys.forget(held);
        keys.device(held, this::open);
        assertThat(opened).hasValue(6);
    }

    private KeyStoreDevice open() {
        opened.incrementAndGet();
        return KeyStoreDevice.firstKeyOf(new Pkcs12SignatureToken(KEYSTORE, new KeyStore.PasswordProtection(PASSWORD)));
    }
}
