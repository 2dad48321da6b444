package vn.openprovince.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as kept in the outbox (hộp thư đi) and shown in the in-app inbox.
 *
 * @param provider the provider that delivered it, e.g. {@code log-outbox} when nothing was really sent
 */
public record SentMessage(UUID id, UUID accountId, Channel channel, String address, String subject, String body,
                          String provider, Instant createdAt, boolean read) {

    /** Whether the message was only written to the log and the outbox (the default, for trials). */
    public boolean logOnly() {
        return provider.equals(Notifications.LOG_OUTBOX);
    }
}
