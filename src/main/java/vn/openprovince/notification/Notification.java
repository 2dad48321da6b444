package vn.openprovince.notification;

import java.util.UUID;

/**
 * Thông báo: one message to send.
 *
 * @param accountId the recipient's account, so it appears in their in-app inbox; {@code null} before an
 *                  account exists (a registration code)
 * @param address   the e-mail address or phone number; {@code null} for {@link Channel#IN_APP}
 */
public record Notification(UUID accountId, Channel channel, String address, String subject, String body) {

    public Notification {
        if (channel == null || subject == null || body == null) {
            throw new IllegalArgumentException("channel, subject and body are required");
        }
        if (channel != Channel.IN_APP && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("an e-mail or SMS needs an address");
        }
    }
}
