package vn.openprovince.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.internal.ConcurrentChange;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.SupplementItem;

/**
 * Bổ sung hồ sơ trực tuyến (issue 6, item 6): the applicant sees exactly which components and e-form fields were
 * requested and why, replaces only those and sends the supplement; the code does not change.
 */
@Controller
class ApplicantSupplementPages {

    private final DossierReception reception;
    private final MessageSource messages;

    ApplicantSupplementPages(DossierReception reception, MessageSource messages) {
        this.reception = reception;
        this.messages = messages;
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/bo-sung")
    String form(@PathVariable String code, Model model) {
        model.addAttribute("request", reception.openSupplementRequest(code)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code)));
        return "dossier/applicant-supplement";
    }

    @PostMapping("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/bo-sung")
    String send(@PathVariable String code, MultipartHttpServletRequest request, Model model, Locale locale) {
        var open = reception.openSupplementRequest(code)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        Map<String, Object> data = new LinkedHashMap<>();
        List<ComponentUpload> files = new ArrayList<>();
        for (SupplementItem item : open.items()) {
            if (item.component() != null) {
                var upload = request.getFile("component-" + item.component());
                if (upload != null && !upload.isEmpty()) {
                    try {
                        files.add(new ComponentUpload(item.component(), upload.getOriginalFilename(), upload.getBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else {
                String value = request.getParameter("field-" + item.field());
                if (value != null && !value.isBlank()) {
                    data.put(item.field(), value);
                }
            }
        }
        try {
            ConcurrentChange.retried(() -> reception.supplement(code, data, files));
            return "redirect:/cong-dich-vu-cong/ca-nhan/ho-so/" + code;
        } catch (DossierException e) {
            model.addAttribute("request", open);
            model.addAttribute("error", messages.getMessage("error." + e.error().name(), e.getDetailMessageArguments(),
                    e.error().name(), locale));
            return "dossier/applicant-supplement";
        }
    }
}
