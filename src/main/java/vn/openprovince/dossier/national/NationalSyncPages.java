package vn.openprovince.dossier.national;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the national synchronisation: whether it is configured, and the outbox. */
@Controller
class NationalSyncPages {

    private final NationalSyncAdministration sync;
    private final MessageSource messages;

    NationalSyncPages(NationalSyncAdministration sync, MessageSource messages) {
        this.sync = sync;
        this.messages = messages;
    }

    @GetMapping("/admin/national-sync")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String outbox(@RequestParam(required = false) OutboxState state, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        model.addAttribute("configured", sync.configured());
        model.addAttribute("endpoint", sync.endpoint());
        model.addAttribute("unitCode", sync.unitCode());
        model.addAttribute("counts", sync.counts());
        model.addAttribute("states", OutboxState.values());
        model.addAttribute("state", state);
        model.addAttribute("page", sync.list(state, PageRequest.of(Math.max(page, 0), 20)));
        return "dossier/national-sync";
    }

    @PostMapping("/admin/national-sync/{id}/retry")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String retry(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        if (sync.retry(id)) {
            redirect.addFlashAttribute("flash", messages.getMessage("national.retried", null, locale));
        } else {
            redirect.addFlashAttribute("problem", messages.getMessage("national.notRetried", null, locale));
        }
        return "redirect:/admin/national-sync";
    }
}
