package vn.openprovince.signature;

import java.time.Instant;
import java.util.List;

/**
 * Kết quả kiểm tra một chữ ký.
 *
 * @param indication       TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED (ETSI EN 319 102-1)
 * @param subIndication    the ETSI sub-indication (e.g. {@code NO_CERTIFICATE_CHAIN_FOUND}), or {@code null}
 * @param signer           the signer's name from the certificate
 * @param signingTime      the signing time the signer claimed
 * @param certificateChain subject names from the signer up to the root
 * @param format           the signature format, e.g. PAdES-BASELINE-B
 */
public record SignatureResult(String id, Indication indication, String subIndication, String signer,
                              Instant signingTime, List<String> certificateChain, String format) {

    /** Validation indications of ETSI EN 319 102-1. */
    public enum Indication { TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED }
}
