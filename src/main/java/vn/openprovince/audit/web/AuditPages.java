package vn.openprovince.audit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.openprovince.audit.AuditTrail;

/** Browse the audit trail and verify its chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditPages {

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String entries(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", audit.entries(PageRequest.of(Math.max(page, 0), 50)));
        return "audit/entries";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return entries(0, model);
    }
}
