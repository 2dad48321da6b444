package vn.openprovince.dossier;

import java.time.Instant;
import vn.openprovince.signature.ValidationReport;

/**
 * The public check of a stored result: its verification code, procedure and the validation of its signatures,
 * nothing about the applicant.
 */
public record ResultVerification(String verificationCode, String procedureCode, String procedureName,
                                 Instant signedAt, ValidationReport report) {

    /** Every signature passed (TOTAL_PASSED) and there is at least one. */
    public boolean valid() {
        return !report.signatures().isEmpty() && report.signatures().stream()
                .allMatch(s -> s.indication() == vn.openprovince.signature.SignatureResult.Indication.TOTAL_PASSED);
    }
}
