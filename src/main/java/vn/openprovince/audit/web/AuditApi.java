package vn.openprovince.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.audit.AuditRecord;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.audit.ChainVerification;

/** The audit trail and its integrity check; system administrators only. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Audit", description = "Nhật ký hệ thống")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/entries")
    Page<AuditRecord> entries(@PageableDefault(size = 50) Pageable page) {
        return audit.entries(PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the hash chain; reports the first altered, missing or unlinked entry")
    ChainVerification verify() {
        return audit.verify();
    }
}
