package vn.openprovince.identity.web;

import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.internal.AccountService;

/** The sign-in page and the official's own password change. */
@Controller
class SignInPages {

    private final AccountService accounts;
    private final MessageSource messages;

    SignInPages(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Input of the password change form. */
    record PasswordChange(String currentPassword, String password, String confirmation) {
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("change", new PasswordChange("", "", ""));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("change") PasswordChange change, BindingResult errors, Principal principal,
                          RedirectAttributes redirect, Locale locale) {
        try {
            accounts.changeOwnPassword(principal.getName(), change.currentPassword(), change.password(),
                    change.confirmation());
        } catch (IdentityException rejected) {
            String field = rejected.error().field().equals("password") || rejected.error().field().equals("confirmation")
                    || rejected.error().field().equals("currentPassword") ? rejected.error().field() : null;
            if (field != null) {
                errors.rejectValue(field, rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
            } else {
                errors.reject(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
            }
            return "identity/password";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("password.changed", null, locale));
        return "redirect:/";
    }
}
