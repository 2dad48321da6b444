package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureResult.Indication;
import vn.openprovince.signature.SignatureValidator;

/**
 * Checks the digital signatures of an incoming PDF (Decree 30 Art. 22: the records office checks
 * authenticity and integrity on receipt). The check never stops a registration: a clerk must be able
 * to register a broken or unreadable document, and the list then says so.
 */
@Component
class IncomingSignatures {

    private static final Logger log = LoggerFactory.getLogger(IncomingSignatures.class);

    private final SignatureValidator validator;

    IncomingSignatures(SignatureValidator validator) {
        this.validator = validator;
    }

    SignatureCheck check(byte[] pdf) {
        Instant now = Instant.now();
        try {
            var report = validator.validate(pdf);
            var signatures = report.signatures();
            var signers = signatures.stream().map(SignatureResult::signer).filter(Objects::nonNull).toList();
            return new SignatureCheck(status(signatures.stream().map(SignatureResult::indication).toList()),
                    signatures.size(), signers, now);
        } catch (SignatureException e) {
            log.info("signatures of an incoming PDF not checked: {}", e.getMessage());
            return new SignatureCheck(SignatureStatus.NOT_CHECKED, 0, List.of(), now);
        } catch (RuntimeException e) {
            // DSS fails in many ways on unusual PDFs; none of them may stop the clerk registering.
            log.warn("signatures of an incoming PDF not checked", e);
            return new SignatureCheck(SignatureStatus.NOT_CHECKED, 0, List.of(), now);
        }
    }

    static SignatureStatus status(List<Indication> indications) {
        if (indications.isEmpty()) {
            return SignatureStatus.UNSIGNED;
        }
        if (indications.contains(Indication.TOTAL_FAILED)) {
            return SignatureStatus.INVALID;
        }
        if (indications.contains(Indication.INDETERMINATE)) {
            return SignatureStatus.INDETERMINATE;
        }
        return SignatureStatus.VALID;
    }
}
