package vn.openprovince.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;

/** Puts the signed-in user on every page, for the top bar and the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    private final CurrentUser currentUser;

    ShellModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    SignedInUser me() {
        return currentUser.get().orElse(null);
    }
}
