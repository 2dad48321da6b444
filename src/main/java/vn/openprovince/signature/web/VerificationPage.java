package vn.openprovince.signature.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.SignatureValidator;

/** Tra cứu chữ ký số: the public page where anyone checks a signed PDF; the upload is not kept. */
@Controller
@RequestMapping("/verify")
class VerificationPage {

    private final SignatureValidator validator;
    private final MessageSource messages;

    VerificationPage(SignatureValidator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "signature/verify";
    }

    @PostMapping
    String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        var locale = LocaleContextHolder.getLocale();
        try {
            byte[] bytes = file == null ? new byte[0] : SignaturesApi.bytes(file);
            model.addAttribute("report", ValidationView.of(validator.validate(bytes), messages, locale));
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        } catch (SignatureException e) {
            model.addAttribute("error", messages.getMessage("error." + e.error().name(), e.getDetailMessageArguments(),
                    e.error().name(), locale));
        }
        return "signature/verify";
    }
}
