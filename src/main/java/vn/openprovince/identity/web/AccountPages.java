package vn.openprovince.identity.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.internal.AccountService;
import vn.openprovince.identity.internal.GrantInput;
import vn.openprovince.identity.internal.NewAccount;
import vn.openprovince.organization.OrganizationDirectory;

/** Administration pages for accounts: list, open, unlock, enable or disable, reset password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

    private final AccountService accounts;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    AccountPages(AccountService accounts, OrganizationDirectory directory, MessageSource messages) {
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.accounts(q, PageRequest.of(Math.max(page, 0), 20)));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newAccount(@RequestParam UUID officialId, Model model) {
        model.addAttribute("account", new NewAccount("", "", officialId, Role.SPECIALIST, ScopeKind.AGENCY));
        return form(officialId, model);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("account") NewAccount input, BindingResult errors, Model model,
                RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                var opened = accounts.open(input);
                redirect.addFlashAttribute("flash", messages.getMessage("account.opened",
                        new Object[] {opened.username()}, locale));
                return "redirect:/admin/accounts/" + opened.id();
            } catch (IdentityException rejected) {
                String field = rejected.error().field();
                if (errors.getFieldType(field) != null) {
                    errors.rejectValue(field, rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
                } else {
                    errors.reject(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
                }
            }
        }
        return form(input.officialId(), model);
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, Model model) {
        return accountPage(id, model);
    }

    @PostMapping("/{id}/grants")
    String addGrant(@PathVariable UUID id, @RequestParam Role role, @RequestParam UUID agencyId,
                    @RequestParam ScopeKind scope, Model model, RedirectAttributes redirect, Locale locale) {
        var grants = new ArrayList<>(currentGrants(id));
        grants.add(new GrantInput(role, agencyId, scope));
        return replaceGrants(id, grants, model, redirect, locale);
    }

    @PostMapping("/{id}/grants/remove")
    String removeGrant(@PathVariable UUID id, @RequestParam int index, Model model, RedirectAttributes redirect,
                       Locale locale) {
        var grants = new ArrayList<>(currentGrants(id));
        if (index >= 0 && index < grants.size()) {
            grants.remove(index);
        }
        return replaceGrants(id, grants, model, redirect, locale);
    }

    private List<GrantInput> currentGrants(UUID id) {
        return accounts.account(id).grants().stream()
                .map(grant -> new GrantInput(grant.role(), grant.agencyId(), grant.scope())).toList();
    }

    private String replaceGrants(UUID id, List<GrantInput> grants, Model model, RedirectAttributes redirect,
                                 Locale locale) {
        try {
            accounts.replaceGrants(id, grants);
        } catch (IdentityException rejected) {
            model.addAttribute("grantError", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
            return accountPage(id, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
        return "redirect:/admin/accounts/" + id;
    }

    private String accountPage(UUID id, Model model) {
        model.addAttribute("account", accounts.account(id));
        model.addAttribute("agencies", accounts.grantableAgencies());
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> role != Role.CITIZEN).toList());
        model.addAttribute("scopes", ScopeKind.values());
        return "identity/account";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", messages.getMessage("account.unlocked", null, locale));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect, Locale locale) {
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect,
                         Model model, Locale locale) {
        try {
            accounts.resetPassword(id, password);
        } catch (IdentityException rejected) {
            model.addAttribute("resetError", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
            return accountPage(id, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.passwordReset", null, locale));
        return "redirect:/admin/accounts/" + id;
    }

    private String form(UUID officialId, Model model) {
        model.addAttribute("official", directory.official(officialId).orElse(null));
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> role != Role.CITIZEN).toList());
        model.addAttribute("scopes", ScopeKind.values());
        return "identity/account-form";
    }
}
