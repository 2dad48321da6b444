package vn.openprovince.signature.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.ValidationReport;

/**
 * The simple report as the API and the verification page show it: codes for machines, Vietnamese
 * (or English) texts for people.
 */
record ValidationView(List<SignatureView> signatures, boolean revocationChecked, String revocationNote) {

    record SignatureView(String id, SignatureResult.Indication indication, String indicationText,
                         String subIndication, String subIndicationText, String signer, Instant signingTime,
                         List<String> certificateChain, String format) {
    }

    static ValidationView of(ValidationReport report, MessageSource messages, Locale locale) {
        var signatures = report.signatures().stream().map(result -> new SignatureView(result.id(),
                result.indication(),
                messages.getMessage("signature.indication." + result.indication(), null, result.indication().name(),
                        locale),
                result.subIndication(),
                result.subIndication() == null ? null : messages.getMessage(
                        "signature.subIndication." + result.subIndication(), null, result.subIndication(), locale),
                result.signer(), result.signingTime(), result.certificateChain(), result.format())).toList();
        String note = report.revocationChecked() ? null
                : messages.getMessage("signature.revocation.offline", null, locale);
        return new ValidationView(signatures, report.revocationChecked(), note);
    }
}
