package vn.openprovince.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Nghĩa vụ tài chính: a financial obligation of a dossier as the payer and the officers see it.
 *
 * @param total         the sum of the items, in đồng
 * @param method        how it was paid, {@code null} while pending
 * @param reference     the bank reference given by the officer or the gateway's transaction number, {@code null} while pending
 * @param receiptNumber the receipt (biên lai) number once paid, else {@code null}
 */
public record Obligation(PaymentId id, String dossierCode, UUID payerAccountId, AgencyId receivingAgency,
                         List<FeeItem> items, long total, LocalDate dueDate, String note, PaymentStatus status,
                         PaymentMethod method, String reference, Instant requestedAt, Instant paidAt,
                         String receiptNumber) {

    public boolean paid() {
        return status == PaymentStatus.PAID;
    }
}
