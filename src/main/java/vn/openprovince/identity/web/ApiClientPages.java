package vn.openprovince.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.openprovince.identity.internal.ApiClientService;
import vn.openprovince.identity.internal.ApiClientService.NewApiClient;

/** Registration of client systems; the token is shown once, right after registration. */
@Controller
@RequestMapping("/admin/api-clients")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ApiClientPages {

    private final ApiClientService clients;
    private final MessageSource messages;

    ApiClientPages(ApiClientService clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("client")) {
            model.addAttribute("client", new NewApiClient("", Role.SPECIALIST, null, ScopeKind.AGENCY));
        }
        model.addAttribute("clients", clients.clients(PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("roles", java.util.List.of(Role.AGENCY_ADMIN, Role.LEADER, Role.DEPARTMENT_HEAD,
                Role.SPECIALIST, Role.CLERK, Role.ONE_STOP_OFFICER));
        model.addAttribute("scopes", ScopeKind.values());
        return "identity/api-clients";
    }

    @PostMapping
    String register(@Valid @ModelAttribute("client") NewApiClient input, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("issued", clients.register(input));
                return "redirect:/admin/api-clients";
            } catch (IdentityException rejected) {
                errors.reject(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
            }
        }
        return list(0, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        clients.revoke(id);
        redirect.addFlashAttribute("flash", messages.getMessage("apiClient.revoked", null, locale));
        return "redirect:/admin/api-clients";
    }
}
