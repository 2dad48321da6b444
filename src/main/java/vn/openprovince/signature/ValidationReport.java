package vn.openprovince.signature;

import java.util.List;

/**
 * Báo cáo kiểm tra chữ ký: the result for each signature of one PDF.
 *
 * @param revocationChecked whether certificate revocation was checked; {@code false} in offline mode,
 *                          where the report must say that revocation is unknown
 */
public record ValidationReport(List<SignatureResult> signatures, boolean revocationChecked) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }
}
