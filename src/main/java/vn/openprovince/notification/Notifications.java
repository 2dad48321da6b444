package vn.openprovince.notification;

import java.util.List;
import java.util.UUID;

/** Sends notifications and reads the outbox and in-app inboxes. */
public interface Notifications {

    /** The provider name of the default delivery: the log and the outbox only, nothing leaves the platform. */
    String LOG_OUTBOX = "log-outbox";

    /** Delivers through the channel's provider and keeps the message in the outbox. */
    SentMessage send(Notification notification);

    /** The latest messages of an account's in-app inbox, newest first (at most 50). */
    List<SentMessage> inbox(UUID accountId);

    /** The latest messages sent to an e-mail address or phone number, newest first (at most 20). */
    List<SentMessage> sentTo(String address);

    /** Whether e-mails really leave the platform (a mail server is configured). */
    boolean emailDelivered();

    /** How many messages of the account's inbox are unread (one count, for a badge). */
    long unread(UUID accountId);

    /** Marks every message of the account's inbox as read. */
    void markRead(UUID accountId);
}
