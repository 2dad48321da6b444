package vn.openprovince.dossier;

import java.time.LocalDate;
import java.util.List;
import vn.openprovince.payment.FeeItem;

/**
 * Yêu cầu thực hiện nghĩa vụ tài chính: the one-stop officer asks the applicant of an accepted dossier to pay its
 * fees and charges. The legal clock pauses (state PAYMENT_REQUESTED, national 6) until every obligation of the
 * dossier is paid, then resumes with the working time that was left.
 */
public interface DossierFees {

    /**
     * Asks for payment and pauses the clock, in one transaction: a one-stop officer of the receiving centre, a
     * dossier whose clock runs and whose applicant has a portal account (the payer).
     */
    void requestPayment(String code, List<FeeItem> items, LocalDate dueDate, String note);
}
