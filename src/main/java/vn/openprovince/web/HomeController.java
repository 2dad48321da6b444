package vn.openprovince.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.openprovince.document.DocumentWork;
import vn.openprovince.identity.CurrentUser;

/** The signed-in official's home: who they are, where they work, what waits for them and what they can open. */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final DocumentWork documentWork;

    HomeController(CurrentUser currentUser, DocumentWork documentWork) {
        this.currentUser = currentUser;
        this.documentWork = documentWork;
    }

    @GetMapping("/")
    String home(Model model) {
        boolean official = currentUser.get().map(user -> user.officialId() != null).orElse(false);
        model.addAttribute("work", official ? documentWork.myWork() : null);
        return "home";
    }
}
