package vn.openprovince.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.internal.ConcurrentChange;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.SupplementItem;

/**
 * The one-stop-shop officer's pages: the reception queue (online dossiers awaiting reception at the officer's
 * centres, paged) with the dossiers at risk, and the dossier page with its three outcomes (accept, request a
 * supplement with the item checklist, refuse with reasons), extension, stop, ledger, history, steps and forms.
 */
@Controller
class ReceptionPages {

    private final DossierReception reception;
    private final MessageSource messages;
    private final vn.openprovince.catalog.ProcedureCatalog catalog;

    private final vn.openprovince.dossier.DossierResults results;

    ReceptionPages(DossierReception reception, MessageSource messages, vn.openprovince.catalog.ProcedureCatalog catalog,
                   vn.openprovince.dossier.DossierResults results) {
        this.results = results;
        this.reception = reception;
        this.messages = messages;
        this.catalog = catalog;
    }

    /** Counter intake: choose the procedure, then capture the applicant and scan the components. */
    @GetMapping("/mot-cua/tiep-nhan-truc-tiep")
    String counter(@RequestParam(name = "thuTuc", defaultValue = "") String procedureCode, Model model) {
        model.addAttribute("procedures", catalog.search(vn.openprovince.catalog.ProcedureQuery.text(""),
                PageRequest.of(0, 100)).getContent());
        model.addAttribute("procedure", procedureCode.isBlank() ? null : catalog.currentVersion(procedureCode).orElse(null));
        return "dossier/counter";
    }

    @PostMapping("/mot-cua/tiep-nhan-truc-tiep")
    String receiveAtCounter(@RequestParam String procedureCode, @RequestParam(defaultValue = "") String applicantName,
                            @RequestParam(defaultValue = "") String citizenId, @RequestParam(defaultValue = "") String phone,
                            org.springframework.web.multipart.MultipartHttpServletRequest request, Model model,
                            RedirectAttributes redirect, Locale locale) {
        try {
            String code = reception.receiveAtCounter(new vn.openprovince.dossier.CounterIntake(procedureCode, applicantName,
                    citizenId, phone, MultipartParts.components(request)));
            redirect.addFlashAttribute("flash", messages.getMessage("reception.counter.filed", new Object[] {code},
                    locale));
            return "redirect:/mot-cua/ho-so/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
        } catch (DossierException e) {
            model.addAttribute("error", messages.getMessage("error." + e.error().name(), e.getDetailMessageArguments(),
                    e.error().name(), locale));
            model.addAttribute("applicantName", applicantName);
            model.addAttribute("citizenId", citizenId);
            model.addAttribute("phone", phone);
            return counter(procedureCode, model);
        }
    }

    @GetMapping("/mot-cua/tiep-nhan")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", reception.queue(PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("atRisk", reception.atRisk(PageRequest.of(0, 20)));
        return "dossier/queue";
    }

    @GetMapping("/mot-cua/ho-so/{code}")
    String dossier(@PathVariable String code, Model model) {
        model.addAttribute("d", reception.officerView(code)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code)));
        model.addAttribute("result", results.officerResult(code).orElse(null));
        model.addAttribute("resultDue", results.resultDue(code));
        model.addAttribute("notGranted", results.notGranted(code));
        return "dossier/dossier";
    }

    @GetMapping("/mot-cua/ho-so/{code}/mau/{form}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        return ReceptionApi.pdf(reception.formPdf(code, form,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()), code, form);
    }

    @PostMapping("/mot-cua/ho-so/{code}/tiep-nhan")
    String accept(@PathVariable String code, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
                  Locale locale) {
        return act(code, redirect, locale, "reception.accepted", () -> reception.accept(code, note));
    }

    /** The checklist: {@code component} and {@code field} values checked, each with its {@code reason-…} text. */
    @PostMapping("/mot-cua/ho-so/{code}/yeu-cau-bo-sung")
    String supplement(@PathVariable String code, @RequestParam(name = "component", required = false) List<Integer> components,
                      @RequestParam(name = "field", required = false) List<String> fields,
                      @RequestParam(defaultValue = "") String guidance, HttpServletRequest request,
                      RedirectAttributes redirect, Locale locale) {
        List<SupplementItem> items = new ArrayList<>();
        if (components != null) {
            components.forEach(c -> items.add(new SupplementItem(c, null, null, request.getParameter("reason-c" + c))));
        }
        if (fields != null) {
            fields.forEach(f -> items.add(new SupplementItem(null, f, null, request.getParameter("reason-f" + f))));
        }
        return act(code, redirect, locale, "reception.supplementRequested",
                () -> reception.requestSupplement(code, items, guidance));
    }

    @PostMapping("/mot-cua/ho-so/{code}/tu-choi")
    String refuse(@PathVariable String code, @RequestParam(defaultValue = "") String reasons,
                  RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, "reception.refused",
                () -> reception.refuse(code, Arrays.stream(reasons.split("\\R")).toList()));
    }

    @PostMapping("/mot-cua/ho-so/{code}/gia-han")
    String extend(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) LocalDate newAppointmentDate,
                  @RequestParam(required = false) Integer additionalWorkingDays, RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, "reception.extended",
                () -> reception.extend(code, reason, newAppointmentDate, additionalWorkingDays));
    }

    @PostMapping("/mot-cua/ho-so/{code}/dung")
    String stop(@PathVariable String code, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                Locale locale) {
        return act(code, redirect, locale, "reception.stopped", () -> reception.stop(code, reason));
    }

    /** Runs the verb; a refusal shows its Vietnamese message on the dossier page and nothing is stored. */
    private String act(String code, RedirectAttributes redirect, Locale locale, String done, Runnable verb) {
        try {
            ConcurrentChange.retried(() -> {
                verb.run();
                return null;
            });
            redirect.addFlashAttribute("flash", messages.getMessage(done, new Object[] {code}, done, locale));
        } catch (DossierException e) {
            redirect.addFlashAttribute("error", messages.getMessage("error." + e.error().name(),
                    e.getDetailMessageArguments(), e.error().name(), locale));
        }
        return "redirect:/mot-cua/ho-so/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
