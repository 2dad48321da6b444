package vn.openprovince.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/** Đã yêu cầu thực hiện nghĩa vụ tài chính: published when an obligation is created (the applicant is told). */
public record PaymentRequested(PaymentId paymentId, String dossierCode, UUID payerAccountId, AgencyId receivingAgency,
                               long amount, LocalDate dueDate, Instant at) {
}
