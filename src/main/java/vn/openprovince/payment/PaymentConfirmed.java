package vn.openprovince.payment;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Đã hoàn thành nghĩa vụ tài chính: published once per obligation when it is paid — the dossier module resumes the
 * legal clock on it. Published in the transaction that marks it paid (a replayed callback or a second confirmation
 * publishes nothing).
 *
 * @param amount    what was paid, in đồng
 * @param reference the bank reference or the gateway's transaction number
 */
public record PaymentConfirmed(PaymentId paymentId, String dossierCode, long amount, PaymentMethod method, Instant at,
                               String reference, String receiptNumber, UUID payerAccountId, AgencyId receivingAgency) {
}
