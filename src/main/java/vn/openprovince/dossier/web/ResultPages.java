package vn.openprovince.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierResults;

/**
 * The result on the officer's dossier page (make and sign, paper release), the applicant's download on the portal
 * and the public verification page {@code /cong-dich-vu-cong/ket-qua/{verificationCode}}.
 */
@Controller
class ResultPages {

    private final DossierResults results;
    private final MessageSource messages;

    ResultPages(DossierResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    @PostMapping("/mot-cua/ho-so/{code}/ket-qua")
    String produce(@PathVariable String code, @RequestParam(defaultValue = "") String decisionText,
                   @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect,
                   Locale locale) {
        byte[] pdf = file == null || file.isEmpty() ? null : ResultApi.bytes(file);
        return act(code, redirect, locale, "result.signed", () -> results.produce(code, decisionText, pdf,
                file == null ? null : file.getOriginalFilename(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }

    @GetMapping("/mot-cua/ho-so/{code}/ket-qua.pdf")
    ResponseEntity<byte[]> officerFile(@PathVariable String code) {
        return ResultApi.pdf(results.officerFile(code), code);
    }

    @PostMapping("/mot-cua/ho-so/{code}/tra-ket-qua-giay")
    String releaseOnPaper(@PathVariable String code, @RequestParam(defaultValue = "") String collectorName,
                          @RequestParam(defaultValue = "") String collectorIdNumber, RedirectAttributes redirect,
                          Locale locale) {
        return act(code, redirect, locale, "result.paperReleased",
                () -> results.releaseOnPaper(code, collectorName, collectorIdNumber));
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/ket-qua.pdf")
    ResponseEntity<byte[]> applicantDownload(@PathVariable String code) {
        return ResultApi.pdf(results.applicantDownload(code), code);
    }

    @GetMapping("/cong-dich-vu-cong/ket-qua/{verificationCode}")
    String verify(@PathVariable String verificationCode, Model model, Locale locale) {
        try {
            model.addAttribute("v", results.verify(verificationCode));
        } catch (DossierException e) {
            model.addAttribute("error", messages.getMessage("error." + e.error().name(), e.getDetailMessageArguments(),
                    e.error().name(), locale));
        }
        return "dossier/result-verification";
    }

    private String act(String code, RedirectAttributes redirect, Locale locale, String done, Runnable verb) {
        try {
            verb.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done, new Object[] {code}, done, locale));
        } catch (DossierException e) {
            redirect.addFlashAttribute("error", messages.getMessage("error." + e.error().name(),
                    e.getDetailMessageArguments(), e.error().name(), locale));
        }
        return "redirect:/mot-cua/ho-so/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }
}
