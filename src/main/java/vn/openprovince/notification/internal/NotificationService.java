package vn.openprovince.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;
import vn.openprovince.notification.SentMessage;

/**
 * Picks the provider of the channel; without one (the default: no mail server, no SMS gateway) the
 * message is written to the log and kept in the outbox only, and pages say so.
 */
@Service
class NotificationService implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationMessages messages;
    private final List<NotificationProvider> providers;
    private final Clock clock = Clock.systemUTC();

    NotificationService(NotificationMessages messages, List<NotificationProvider> providers) {
        this.messages = messages;
        this.providers = providers;
    }

    @Override
    @Transactional
    public SentMessage send(Notification notification) {
        var normalised = new Notification(notification.accountId(), notification.channel(),
                normalise(notification.address()), notification.subject(), notification.body());
        var provider = providers.stream().filter(p -> p.channel() == normalised.channel()).findFirst();
        String name;
        if (provider.isPresent()) {
            provider.get().deliver(normalised);
            name = provider.get().name();
        } else {
            // Log-only delivery: the outbox row below is what a tester (or the in-app inbox) reads.
            log.info("Notification [{}] to {}: {} — {}", normalised.channel(), normalised.address(),
                    normalised.subject(), normalised.body());
            name = normalised.channel() == Channel.IN_APP ? "in-app" : LOG_OUTBOX;
        }
        return messages.save(new NotificationMessage(normalised, name, clock.instant())).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentMessage> inbox(UUID accountId) {
        return messages.findByAccountIdOrderByCreatedAtDesc(accountId, Limit.of(50)).stream()
                .map(NotificationMessage::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentMessage> sentTo(String address) {
        return messages.findByAddressOrderByCreatedAtDesc(normalise(address), Limit.of(20)).stream()
                .map(NotificationMessage::view).toList();
    }

    @Override
    public boolean emailDelivered() {
        return providers.stream().anyMatch(p -> p.channel() == Channel.EMAIL);
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(UUID accountId) {
        return messages.countByAccountIdAndReadAtIsNull(accountId);
    }

    @Override
    @Transactional
    public void markRead(UUID accountId) {
        // One update, older messages beyond the inbox's 50 too: otherwise the unread count would never reach 0.
        messages.markRead(accountId, clock.instant());
    }

    private static String normalise(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
