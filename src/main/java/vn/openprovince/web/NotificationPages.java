package vn.openprovince.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.notification.Notifications;

/** Thông báo: the signed-in official's in-app notices (a step about to be due, an overdue one), newest first. */
@Controller
@RequestMapping("/thong-bao")
class NotificationPages {

    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final MessageSource messages;

    NotificationPages(CurrentUser currentUser, Notifications notifications, MessageSource messages) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Shows the inbox as it is: reading it marks nothing, so the unread ones stay marked until "mark all read". */
    @GetMapping
    String inbox(Model model) {
        model.addAttribute("notices", notifications.inbox(signedIn().accountId()));
        return "notifications";
    }

    @PostMapping("/da-doc")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markRead(signedIn().accountId());
        redirect.addFlashAttribute("flash",
                messages.getMessage("notifications.allRead", null, LocaleContextHolder.getLocale()));
        return "redirect:/thong-bao";
    }

    private SignedInUser signedIn() {
        return currentUser.get().orElseThrow();
    }
}
