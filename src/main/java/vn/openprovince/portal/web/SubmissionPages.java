package vn.openprovince.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.catalog.EFormField;
import vn.openprovince.catalog.EFormFieldType;
import vn.openprovince.catalog.ProcedureCatalog;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.Draft;
import vn.openprovince.dossier.OnlineSubmission;
import vn.openprovince.dossier.OnlineSubmissions;
import vn.openprovince.identity.CitizenDirectory;

/**
 * Online submission in three steps: (1) the applicant, from the profile; (2) the e-form, saved as a
 * server-side draft that resumes on another device; (3) the component files, a review, and submit.
 * Files are uploaded with the final step and are not part of the draft.
 */
@Controller
@RequestMapping("/cong-dich-vu-cong/thu-tuc/{code}/nop-truc-tuyen")
class SubmissionPages {

    static final int STEPS = 3;

    private final ProcedureCatalog catalog;
    private final OnlineSubmissions submissions;
    private final CitizenDirectory citizens;
    private final MessageSource messages;

    SubmissionPages(ProcedureCatalog catalog, OnlineSubmissions submissions, CitizenDirectory citizens,
                    MessageSource messages) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.citizens = citizens;
        this.messages = messages;
    }

    @GetMapping
    String step(@PathVariable String code, @RequestParam(name = "buoc", defaultValue = "1") int step, Model model) {
        var procedure = procedure(code);
        var draft = submissions.draft(procedure.code());
        return page(procedure, clamp(step), draft.map(Draft::data).orElse(Map.of()),
                draft.map(Draft::version).orElse(null), Map.of(), null, model);
    }

    /** Step 2's form: saves the draft (with the version it was based on), then goes where the button says. */
    @PostMapping
    String saveStep(@PathVariable String code, @RequestParam Map<String, String> params,
                    @RequestParam(name = "draftVersion", required = false) Long draftVersion,
                    @RequestParam(defaultValue = "next") String action, Model model, RedirectAttributes redirect) {
        var procedure = procedure(code);
        var form = catalog.eForm(procedure.code());
        Map<String, Object> data = values(form, params);
        try {
            submissions.saveDraft(procedure.code(), data, draftVersion);
        } catch (DossierException changed) {
            if (changed.error() != DossierError.DOSSIER_DRAFT_CHANGED) {
                throw changed;
            }
            var latest = submissions.draft(procedure.code());
            return page(procedure, 2, latest.map(Draft::data).orElse(data), latest.map(Draft::version).orElse(null),
                    Map.of(), message(changed), model);
        }
        if (action.equals("save")) {
            redirect.addAttribute("saved", "");
            redirect.addAttribute("buoc", 2);
        } else {
            redirect.addAttribute("buoc", action.equals("back") ? 1 : 3);
        }
        return "redirect:/cong-dich-vu-cong/thu-tuc/" + procedure.code() + "/nop-truc-tuyen";
    }

    @PostMapping("/nop")
    String submit(@PathVariable String code, @RequestParam String idempotencyKey, MultipartHttpServletRequest request,
                  Model model) {
        var procedure = procedure(code);
        var draft = submissions.draft(procedure.code());
        Map<String, Object> data = draft.map(Draft::data).orElse(Map.of());
        List<ComponentUpload> files = new ArrayList<>();
        for (int i = 0; i < procedure.components().size(); i++) {
            var upload = request.getFile("component-" + i);
            if (upload != null && !upload.isEmpty()) {
                try {
                    files.add(new ComponentUpload(i, upload.getOriginalFilename(), upload.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try {
            var receipt = submissions.submit(new OnlineSubmission(procedure.code(), data, files, idempotencyKey));
            return "redirect:/cong-dich-vu-cong/ca-nhan/ho-so/" + receipt.code() + "?moi";
        } catch (DossierException rejected) {
            String field = rejected.field();
            int step = field != null && field.startsWith("data.") ? 2 : 3;
            String key = field == null ? "" : field.startsWith("data.") ? field.substring(5).replaceAll("\\..*", "") : field;
            return page(procedure, step, data, draft.map(Draft::version).orElse(null), Map.of(key, message(rejected)),
                    null, model);
        }
    }

    private String page(ProcedureVersionDetails procedure, int step, Map<String, Object> data, Long draftVersion,
                        Map<String, String> fieldErrors, String globalError, Model model) {
        model.addAttribute("p", procedure);
        model.addAttribute("step", step);
        model.addAttribute("steps", STEPS);
        model.addAttribute("form", catalog.eForm(procedure.code()));
        model.addAttribute("values", flatten(data));
        model.addAttribute("draftVersion", draftVersion);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("globalError", globalError);
        model.addAttribute("citizen", citizens.signedIn().orElseThrow());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "portal/submit";
    }

    /** The posted e-form values: {@code f.<name>}, and {@code f.<name>.<part>} for an address. */
    private static Map<String, Object> values(List<EFormField> form, Map<String, String> params) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (var field : form) {
            if (field.type() == EFormFieldType.ADDRESS) {
                Map<String, String> address = new LinkedHashMap<>();
                for (String part : List.of("districtCode", "communeCode", "street")) {
                    String value = params.get("f." + field.name() + "." + part);
                    if (value != null && !value.isBlank()) {
                        address.put(part, value.strip());
                    }
                }
                data.put(field.name(), address);
            } else {
                String value = params.get("f." + field.name());
                data.put(field.name(), value == null ? "" : value.strip());
            }
        }
        return data;
    }

    private static Map<String, String> flatten(Map<String, Object> data) {
        Map<String, String> flat = new LinkedHashMap<>();
        data.forEach((name, value) -> {
            if (value instanceof Map<?, ?> parts) {
                parts.forEach((part, v) -> flat.put(name + "." + part, v == null ? "" : v.toString()));
            } else {
                flat.put(name, value == null ? "" : value.toString());
            }
        });
        return flat;
    }

    private ProcedureVersionDetails procedure(String code) {
        var procedure = catalog.currentVersion(code)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN_PROCEDURE, code));
        if (!procedure.onlineService().online()) {
            throw new DossierException(DossierError.DOSSIER_NOT_ONLINE, procedure.name());
        }
        return procedure;
    }

    private String message(DossierException exception) {
        return messages.getMessage(exception.getDetailMessageCode(), exception.getDetailMessageArguments(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static int clamp(int step) {
        return Math.max(1, Math.min(STEPS, step));
    }
}
