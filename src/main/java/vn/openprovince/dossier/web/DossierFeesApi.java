package vn.openprovince.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierFees;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.OfficerDossierView;
import vn.openprovince.payment.FeeItem;

/** The one-stop officer's payment request on a dossier: the obligation and the clock's pause in one step. */
@RestController
@Tag(name = "Reception")
class DossierFeesApi {

    private final DossierFees fees;
    private final DossierReception reception;

    DossierFeesApi(DossierFees fees, DossierReception reception) {
        this.fees = fees;
        this.reception = reception;
    }

    record PaymentRequestBody(List<FeeItem> items, LocalDate dueDate, String note) {
    }

    @PostMapping("/api/v1/dossiers/{code}/payment-request")
    @Operation(summary = "Ask the applicant to pay the dossier's fees and charges; the legal clock pauses (national state 6)",
            description = "ONE_STOP_OFFICER of the receiving centre; items [{name, amount in đồng}], optional dueDate and "
                    + "note. The applicant pays by VietQR transfer (confirmed by an officer) or a gateway; when the last "
                    + "obligation is paid the clock resumes with the working time that was left.")
    OfficerDossierView request(@PathVariable String code, @RequestBody PaymentRequestBody body) {
        if (body == null) {
            throw new DossierException(DossierError.DOSSIER_BAD_REQUEST);
        }
        fees.requestPayment(code, body.items(), body.dueDate(), body.note());
        return reception.officerView(code).orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
    }
}
