package vn.openprovince.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;

/** Puts the signed-in user (top bar, navigation) and the pager's links on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    private static final PageLinks PAGE_LINKS = new PageLinks();

    private final CurrentUser currentUser;

    ShellModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    SignedInUser me() {
        return currentUser.get().orElse(null);
    }

    /** For the layout's pager, which links to other pages of the list with the same filters. */
    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return PAGE_LINKS;
    }
}
