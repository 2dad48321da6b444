package vn.openprovince.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;

/** E-mail through the configured mail server; only when {@code spring.mail.host} is set. */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailProvider implements NotificationProvider {

    private final JavaMailSender mail;
    private final String from;

    MailProvider(JavaMailSender mail, @Value("${openprovince.notification.mail-from:no-reply@openprovince.vn}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Notification notification) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.address());
        message.setSubject(notification.subject());
        message.setText(notification.body());
        mail.send(message);
    }
}
