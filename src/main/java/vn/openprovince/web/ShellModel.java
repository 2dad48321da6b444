package vn.openprovince.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.notification.Notifications;

/**
 * Puts the signed-in user (top bar, navigation), an official's count of unread notices (the top bar's badge:
 * one count query) and the pager's links on every page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    private static final PageLinks PAGE_LINKS = new PageLinks();

    private final CurrentUser currentUser;
    private final Notifications notifications;

    ShellModel(CurrentUser currentUser, Notifications notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    /** {@code me} (or null) and {@code unreadNotices}; one method, so the user is looked up once per request. */
    @ModelAttribute
    void shell(Model model) {
        SignedInUser me = currentUser.get().orElse(null);
        model.addAttribute("me", me);
        // Citizens have their inbox in the portal, whose header has no badge.
        model.addAttribute("unreadNotices", me == null || me.citizen() ? 0L : notifications.unread(me.accountId()));
    }

    /** For the layout's pager, which links to other pages of the list with the same filters. */
    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return PAGE_LINKS;
    }
}
