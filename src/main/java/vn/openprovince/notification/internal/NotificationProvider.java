package vn.openprovince.notification.internal;

import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;

/**
 * Delivers messages of one channel: an SMS gateway or a mail server, chosen by the deployment. A provider
 * is a Spring bean; the first one for a channel wins, else the log-only outbox delivers.
 */
public interface NotificationProvider {

    /** A short name kept with each message, e.g. {@code smtp}. */
    String name();

    Channel channel();

    void deliver(Notification notification);
}
