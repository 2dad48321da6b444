package vn.openprovince.dossier;

import java.time.Instant;

/**
 * Xác nhận nộp hồ sơ: the acknowledgement of an online submission.
 *
 * @param receivedAt the official reception time
 * @param replayed   whether this repeats an earlier submission with the same idempotency key
 */
public record SubmissionReceipt(String code, Instant receivedAt, DossierState state, boolean replayed) {
}
