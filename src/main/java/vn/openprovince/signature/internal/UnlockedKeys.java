package vn.openprovince.signature.internal;

import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * PKCS#12 keys kept unlocked in memory for a while after they were opened. Opening a keystore checks its
 * MAC and decrypts the key with 10,000 PBKDF rounds each: more than half of the work of a signature. The
 * process already holds the keystore password, so the unlocked key adds little to what a reader of its
 * memory could take; it never leaves the process and is forgotten after {@code timeToLive}.
 */
final class UnlockedKeys {

    private final Duration timeToLive;
    private final int capacity;
    private final Clock clock;
    private final Map<UUID, Unlocked> keys = new ConcurrentHashMap<>();

    UnlockedKeys(Duration timeToLive, int capacity, Clock clock) {
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The key of credential {@code id}, opened by {@code open} when it is not (or no longer) held. */
    KeyStoreDevice device(UUID id, Supplier<KeyStoreDevice> open) {
        Instant now = clock.instant();
        var held = keys.get(id);
        if (held == null || held.expiresAt().isBefore(now)) {
            var device = open.get();
            held = new Unlocked(device.token(), device.entry(), now.plus(timeToLive));
            if (keys.size() >= capacity) {
                evict(now);
            }
            keys.put(id, held);
        }
        // Signing through a held key leaves the key store open: close() of this device does nothing.
        return KeyStoreDevice.kept(held.token(), held.entry());
    }

    /** Forgets a key, e.g. when its credential is replaced. */
    void forget(UUID id) {
        keys.remove(id);
    }

    private void evict(Instant now) {
        keys.values().removeIf(held -> held.expiresAt().isBefore(now));
        while (keys.size() >= capacity) {
            keys.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().expiresAt()))
                    .ifPresent(oldest -> keys.remove(oldest.getKey()));
        }
    }

    private record Unlocked(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry, Instant expiresAt) {
    }
}
