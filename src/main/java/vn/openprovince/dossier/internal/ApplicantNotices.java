package vn.openprovince.dossier.internal;

import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierStateChanged;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;

/** Tells the applicant of every state change: in the app, and by e-mail when the profile has an address. */
@Component
class ApplicantNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Dossiers dossiers;
    private final CitizenDirectory citizens;
    private final Notifications notifications;
    private final WorkingCalendar calendar;

    ApplicantNotices(Dossiers dossiers, CitizenDirectory citizens, Notifications notifications, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.citizens = citizens;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(DossierStateChanged changed) {
        if (changed.applicantAccountId() == null) {
            return; // a walk-in applicant without a portal account is told at the counter (the printed forms)
        }
        var dossier = dossiers.findById(changed.dossierId().value()).orElseThrow();
        String subject;
        String body;
        if (changed.to() == DossierState.SUBMITTED) {
            subject = "Xác nhận nộp hồ sơ " + changed.code();
            body = "Hồ sơ \"" + dossier.procedureName() + "\" đã được nộp thành công. Mã hồ sơ: " + changed.code()
                    + ". Thời điểm tiếp nhận chính thức: " + TIME.format(dossier.receivedAt().atZone(calendar.zone()))
                    + ". Tra cứu tình trạng tại Cổng dịch vụ công, mục Tra cứu hồ sơ.";
        } else {
            subject = "Hồ sơ " + changed.code() + " chuyển trạng thái";
            body = "Hồ sơ " + changed.code() + " (" + dossier.procedureName() + ") chuyển sang trạng thái "
                    + changed.to().name() + " (trạng thái quốc gia " + changed.nationalState() + ").";
        }
        notifications.send(new Notification(changed.applicantAccountId(), Channel.IN_APP, null, subject, body));
        // The e-mail copy is not filed under the account, so the in-app inbox shows each change once.
        citizens.citizen(changed.applicantAccountId()).map(c -> c.email()).filter(e -> e != null && !e.isBlank())
                .ifPresent(email -> notifications.send(new Notification(null, Channel.EMAIL, email, subject, body)));
    }
}
