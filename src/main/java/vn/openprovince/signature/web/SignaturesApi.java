package vn.openprovince.signature.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.signature.SignatureValidator;

/**
 * Public validation of signed PDFs: anyone may upload, without signing in (rate-limited per client).
 * The upload is validated in memory and never kept.
 */
@RestController
@RequestMapping("/api/v1/signatures")
@Tag(name = "Signatures", description = "Validation of digitally signed PDFs (PAdES)")
class SignaturesApi {

    private final SignatureValidator validator;
    private final MessageSource messages;

    SignaturesApi(SignatureValidator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Validate the signatures of a PDF: indication, sub-indication, signer, signing time")
    ValidationView validate(@RequestPart("file") MultipartFile file) {
        return ValidationView.of(validator.validate(bytes(file)), messages, LocaleContextHolder.getLocale());
    }

    @PostMapping(path = "/validate/detailed-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "DSS detailed validation report (XML) of a PDF")
    String detailedReport(@RequestPart("file") MultipartFile file) {
        return validator.detailedReport(bytes(file));
    }

    @PostMapping(path = "/validate/etsi-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "ETSI TS 119 102-2 validation report (XML) of a PDF")
    String etsiReport(@RequestPart("file") MultipartFile file) {
        return validator.etsiReport(bytes(file));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
