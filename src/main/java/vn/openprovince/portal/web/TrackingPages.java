package vn.openprovince.portal.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.OnlineSubmissions;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.notification.Notifications;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/** "Hồ sơ của tôi", a dossier's acknowledgement and history, the in-app inbox, and the public look-up by code. */
@Controller
class TrackingPages {

    private final OnlineSubmissions submissions;
    private final CitizenDirectory citizens;
    private final Notifications notifications;
    private final OrganizationDirectory directory;
    private final vn.openprovince.catalog.ProcedureCatalog catalog;
    private final vn.openprovince.dossier.DossierResults results;

    TrackingPages(OnlineSubmissions submissions, CitizenDirectory citizens, Notifications notifications,
                  OrganizationDirectory directory, vn.openprovince.catalog.ProcedureCatalog catalog,
                  vn.openprovince.dossier.DossierResults results) {
        this.results = results;
        this.catalog = catalog;
        this.submissions = submissions;
        this.citizens = citizens;
        this.notifications = notifications;
        this.directory = directory;
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/ho-so")
    String mine(Model model) {
        model.addAttribute("dossiers", submissions.mine());
        model.addAttribute("drafts", submissions.drafts());
        model.addAttribute("draftNames", submissions.drafts().stream().collect(java.util.stream.Collectors.toMap(
                d -> d.procedureCode(), d -> catalog.currentVersion(d.procedureCode()).map(v -> v.name())
                        .orElse(d.procedureCode()), (a, b) -> a)));
        return "portal/my-dossiers";
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/ho-so/{code}")
    String dossier(@PathVariable String code, Model model) {
        var dossier = submissions.mine(code).orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        String lookup = ServletUriComponentsBuilder.fromCurrentContextPath().path("/cong-dich-vu-cong/tra-cuu")
                .queryParam("ma", dossier.code()).build().toUriString();
        model.addAttribute("d", dossier);
        model.addAttribute("result", results.applicantResult(dossier.code()).orElse(null));
        model.addAttribute("lookupUrl", lookup);
        model.addAttribute("qr", QrCodes.svg(lookup));
        model.addAttribute("receivingName", directory.agency(dossier.receivingAgency()).map(AgencySummary::name).orElse("—"));
        model.addAttribute("competentName", directory.agency(dossier.competentAgency()).map(AgencySummary::name).orElse("—"));
        return "portal/dossier";
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/thong-bao")
    String inbox(Model model) {
        UUID account = citizens.signedIn().orElseThrow().accountId();
        model.addAttribute("messages", notifications.inbox(account));
        model.addAttribute("logOnly", !notifications.emailDelivered());
        notifications.markRead(account);
        return "portal/inbox";
    }

    @GetMapping("/cong-dich-vu-cong/tra-cuu")
    String lookup(@RequestParam(name = "ma", defaultValue = "") String code, Model model) {
        model.addAttribute("ma", code);
        if (!code.isBlank()) {
            model.addAttribute("status", submissions.status(code).orElse(null));
            model.addAttribute("searched", true);
        }
        return "portal/lookup";
    }
}
