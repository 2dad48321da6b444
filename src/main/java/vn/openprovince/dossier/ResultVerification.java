package vn.openprovince.dossier;

import java.time.Instant;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.ValidationReport;

/**
 * The public check of a stored result: its verification code, procedure and the validation of its signatures,
 * nothing about the applicant.
 *
 * @param valid every signature passed (TOTAL_PASSED) and there is at least one
 */
public record ResultVerification(String verificationCode, String procedureCode, String procedureName,
                                 Instant signedAt, boolean valid, ValidationReport report) {

    public static ResultVerification of(String verificationCode, String procedureCode, String procedureName,
                                        Instant signedAt, ValidationReport report) {
        boolean valid = !report.signatures().isEmpty() && report.signatures().stream()
                .allMatch(s -> s.indication() == SignatureResult.Indication.TOTAL_PASSED);
        return new ResultVerification(verificationCode, procedureCode, procedureName, signedAt, valid, report);
    }
}
