package vn.openprovince.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Yêu cầu thực hiện nghĩa vụ tài chính: what the one-stop officer asks the applicant to pay for a dossier.
 *
 * @param dossierCode     the dossier's code (mã số hồ sơ), the reference of every payment
 * @param payerAccountId  the applicant's citizen or business account, the only one who may see and pay it
 * @param receivingAgency the agency that collects (its one-stop officers confirm transfers; its bank account is used)
 * @param items           at least one fee or charge, each with a positive amount in đồng
 * @param dueDate         pay by this day (Asia/Ho_Chi_Minh), or {@code null}
 * @param note            what the applicant should know, or {@code null}
 */
public record PaymentRequest(String dossierCode, UUID payerAccountId, AgencyId receivingAgency, List<FeeItem> items,
                             LocalDate dueDate, String note) {

    public PaymentRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
