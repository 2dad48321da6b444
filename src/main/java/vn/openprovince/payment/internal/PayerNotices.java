package vn.openprovince.payment.internal;

import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;
import vn.openprovince.payment.PaymentConfirmed;
import vn.openprovince.payment.PaymentMethod;
import vn.openprovince.payment.PaymentRequested;

/** Tells the payer what to pay and, later, that it was received: in the app, and by e-mail when they have one. */
@Component
class PayerNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notifications notifications;
    private final CitizenDirectory citizens;

    PayerNotices(Notifications notifications, CitizenDirectory citizens) {
        this.notifications = notifications;
        this.citizens = citizens;
    }

    @ApplicationModuleListener
    void on(PaymentRequested requested) {
        send(requested.payerAccountId(), "Yêu cầu thực hiện nghĩa vụ tài chính hồ sơ " + requested.dossierCode(),
                "Hồ sơ " + requested.dossierCode() + " cần nộp " + Money.vnd(requested.amount())
                        + (requested.dueDate() == null ? "" : " trước ngày " + DATE.format(requested.dueDate()))
                        + ". Xem mã VietQR và cách nộp tại Cổng dịch vụ công, mục Nghĩa vụ tài chính.");
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed confirmed) {
        send(confirmed.payerAccountId(), "Đã nhận thanh toán hồ sơ " + confirmed.dossierCode(),
                "Khoản " + Money.vnd(confirmed.amount()) + " của hồ sơ " + confirmed.dossierCode()
                        + " đã được ghi nhận, biên lai số " + confirmed.receiptNumber() + "."
                        + (confirmed.method() == PaymentMethod.SANDBOX_GATEWAY
                        ? " (Môi trường thử nghiệm — không phải thanh toán thật.)" : ""));
    }

    private void send(java.util.UUID account, String subject, String body) {
        notifications.send(new Notification(account, Channel.IN_APP, null, subject, body));
        citizens.citizen(account).map(c -> c.email()).filter(e -> e != null && !e.isBlank())
                .ifPresent(email -> notifications.send(new Notification(null, Channel.EMAIL, email, subject, body)));
    }
}
