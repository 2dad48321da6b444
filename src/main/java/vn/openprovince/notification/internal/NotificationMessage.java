package vn.openprovince.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.SentMessage;

/** Thư đã gửi: one message of the outbox, also an entry of the recipient's in-app inbox. */
@Entity
@Table(name = "notification_message")
class NotificationMessage {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String address;
    private String subject;
    private String body;
    private String provider;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationMessage() {
    }

    NotificationMessage(Notification notification, String provider, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = notification.accountId();
        this.channel = notification.channel();
        this.address = notification.address();
        this.subject = notification.subject();
        this.body = notification.body();
        this.provider = provider;
        this.createdAt = now;
    }

    SentMessage view() {
        return new SentMessage(id, accountId, channel, address, subject, body, provider, createdAt, readAt != null);
    }
}
