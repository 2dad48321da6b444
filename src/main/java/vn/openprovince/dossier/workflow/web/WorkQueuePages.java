package vn.openprovince.dossier.workflow.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.dossier.workflow.internal.WorkQueue;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;

/** Hồ sơ cần xử lý: the officer's work queue page — my tasks and the tasks to take, with due markers. */
@Controller
@RequestMapping("/work-queue")
class WorkQueuePages {

    private static final int PAGE_SIZE = 20;

    private final WorkQueue queue;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final vn.openprovince.dossier.workflow.internal.HandOverSlips slips;

    WorkQueuePages(WorkQueue queue, CurrentUser currentUser, MessageSource messages,
                   vn.openprovince.dossier.workflow.internal.HandOverSlips slips) {
        this.slips = slips;
        this.queue = queue;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "true") boolean mine, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        SignedInUser user = officer();
        var request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        model.addAttribute("mine", mine);
        model.addAttribute("tasks", mine ? queue.mine(user, request) : queue.claimable(user, request));
        return "workflow/queue";
    }

    @PostMapping("/{id}/claim")
    String claim(@PathVariable String id, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            queue.claim(officer(), id);
            redirect.addFlashAttribute("flash", messages.getMessage("workflow.queue.claimed", null, locale));
            return "redirect:/work-queue?mine=true";
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("actionError", message(e, locale));
            return "redirect:/work-queue?mine=false";
        }
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable String id, @RequestParam(required = false) String decision,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            queue.complete(officer(), id, TasksApi.decision(decision), note);
            redirect.addFlashAttribute("flash", messages.getMessage("workflow.queue.completed", null, locale));
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("actionError", message(e, locale));
        }
        return "redirect:/work-queue?mine=true";
    }

    @GetMapping("/dossiers/{dossierId}/slip.pdf")
    org.springframework.http.ResponseEntity<byte[]> slip(@PathVariable java.util.UUID dossierId) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(slips.pdf(officer(), dossierId));
    }

    private String message(WorkflowException e, Locale locale) {
        return messages.getMessage("error." + e.error().name(), e.getDetailMessageArguments(), e.error().name(), locale);
    }

    private SignedInUser officer() {
        return currentUser.get().filter(user -> user.officialId() != null)
                .orElseThrow(() -> new AccessDeniedException("officials only"));
    }
}
