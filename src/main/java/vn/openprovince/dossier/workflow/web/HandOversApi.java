package vn.openprovince.dossier.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.dossier.workflow.internal.HandOverSlips;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;

/** The process-control slip (Form 06) of a dossier: its hand-overs as JSON and as PDF. */
@RestController
@RequestMapping("/api/v1/workflow/dossiers/{dossierId}")
@Tag(name = "Workflow hand-overs", description = "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)")
class HandOversApi {

    private final HandOverSlips slips;
    private final CurrentUser currentUser;

    HandOversApi(HandOverSlips slips, CurrentUser currentUser) {
        this.slips = slips;
        this.currentUser = currentUser;
    }

    @GetMapping("/hand-overs")
    @Operation(summary = "The hand-overs of a dossier's processing, oldest first (officers of its agencies)")
    List<HandOverSlips.Line> handOvers(@PathVariable UUID dossierId) {
        return slips.lines(officer(), dossierId);
    }

    @GetMapping(path = "/hand-over-slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The process-control slip (Form 06) as PDF")
    ResponseEntity<byte[]> slip(@PathVariable UUID dossierId) {
        byte[] pdf = slips.pdf(officer(), dossierId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("phieu-kiem-soat-" + dossierId + ".pdf").build().toString())
                .body(pdf);
    }

    private SignedInUser officer() {
        return currentUser.get().filter(user -> user.officialId() != null)
                .orElseThrow(() -> new AccessDeniedException("officials only"));
    }
}
