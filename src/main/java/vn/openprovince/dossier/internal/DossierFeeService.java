package vn.openprovince.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierFees;
import vn.openprovince.dossier.DossierId;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.PaymentConfirmed;
import vn.openprovince.payment.PaymentRequest;
import vn.openprovince.payment.Payments;

/**
 * The seam between the legal clock and the payment module: a payment request pauses the clock in the same
 * transaction; the last confirmed payment of a dossier resumes it.
 */
@Service
class DossierFeeService implements DossierFees {

    private static final Logger log = LoggerFactory.getLogger(DossierFeeService.class);

    private final Dossiers dossiers;
    private final Payments payments;
    private final DossierReception reception;
    private final CurrentUser currentUser;

    DossierFeeService(Dossiers dossiers, Payments payments, DossierReception reception, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.payments = payments;
        this.reception = reception;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional
    public void requestPayment(String code, List<FeeItem> items, LocalDate dueDate, String note) {
        Dossier dossier = dossiers.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
        if (dossier.applicantAccountId() == null) {
            // A walk-in applicant without a portal account pays at the counter, outside this flow.
            throw new DossierException(DossierError.DOSSIER_NO_APPLICANT_ACCOUNT, dossier.code());
        }
        // Payments checks that the signed-in official is a one-stop officer of the receiving centre.
        var obligation = payments.request(new PaymentRequest(dossier.code(), dossier.applicantAccountId(),
                new AgencyId(dossier.receivingAgencyId()), items, dueDate, note));
        String actor = currentUser.get().map(user -> user.username()).orElse("system");
        reception.pauseForFinancialObligation(new DossierId(dossier.id()),
                "Yêu cầu nộp " + obligation.total() + " đồng" + (note == null || note.isBlank() ? "" : ": " + note.strip()),
                actor);
    }

    /** After the payment's commit, in its own transaction: a failure here is retried from the event registry. */
    @ApplicationModuleListener
    void on(PaymentConfirmed paid) {
        var dossier = dossiers.findByCode(paid.dossierCode()).orElse(null);
        if (dossier == null) {
            log.warn("payment {} confirmed for unknown dossier {}", paid.paymentId(), paid.dossierCode());
            return;
        }
        if (dossier.state() != DossierState.PAYMENT_REQUESTED || payments.outstanding(paid.dossierCode())) {
            return;
        }
        reception.financialObligationMet(new DossierId(dossier.id()), "system");
    }
}
