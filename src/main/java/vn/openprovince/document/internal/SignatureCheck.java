package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.List;

/**
 * Kết quả kiểm tra chữ ký số at registration.
 *
 * @param signers the signers' names in signing order, as their certificates give them
 */
record SignatureCheck(SignatureStatus status, int signatureCount, List<String> signers, Instant checkedAt) {

    SignatureCheck {
        signers = List.copyOf(signers);
    }

    /** The signers as one line, for the list and the register; within the column's length. */
    String signersText() {
        String text = String.join("; ", signers);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
