package vn.openprovince.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.payment.BankAccount;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentError;
import vn.openprovince.payment.PaymentException;
import vn.openprovince.payment.PaymentId;
import vn.openprovince.payment.PaymentRequest;
import vn.openprovince.payment.Payments;
import vn.openprovince.payment.TransferConfirmation;
import vn.openprovince.payment.TransferInstructions;
import vn.openprovince.payment.internal.SandboxGateway;

/** Financial obligations of dossiers: the payer's, the one-stop officers', and the sandbox gateway's callback. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Nghĩa vụ tài chính: fees and charges of dossiers (VietQR transfer, gateways, receipts)")
class PaymentsApi {

    private final Payments payments;

    PaymentsApi(Payments payments) {
        this.payments = payments;
    }

    /** What the one-stop officer asks to be paid. */
    record NewObligation(String dossierCode, UUID payerAccountId, UUID receivingAgencyId, List<FeeItem> items,
                         LocalDate dueDate, String note) {
    }

    @GetMapping
    @Operation(summary = "The obligations of a dossier (its payer, or a one-stop officer of the receiving agency)")
    List<Obligation> ofDossier(@Parameter(description = "the dossier code") @RequestParam String dossier) {
        return payments.obligations(dossier);
    }

    @PostMapping
    @Operation(summary = "Request payment for a dossier (one-stop officer of the receiving agency)",
            description = "Amounts in đồng (integers). Publishes PaymentRequested.")
    ResponseEntity<Obligation> request(@RequestBody NewObligation body) {
        var created = payments.request(new PaymentRequest(body.dossierCode(), body.payerAccountId(),
                body.receivingAgencyId() == null ? null : new AgencyId(body.receivingAgencyId()), body.items(),
                body.dueDate(), body.note()));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/v1/payments/" + created.id())
                .body(created);
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in citizen's obligations, newest first")
    Page<Obligation> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return payments.mine(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100)));
    }

    @GetMapping("/pending")
    @Operation(summary = "Pending obligations of the signed-in one-stop officer's agencies, oldest first")
    Page<Obligation> pending(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return payments.pendingTransfers(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One obligation")
    Obligation one(@PathVariable UUID id) {
        return payments.obligation(new PaymentId(id));
    }

    @GetMapping("/{id}/transfer")
    @Operation(summary = "VietQR bank-transfer details and the EMVCo payload of a pending obligation")
    TransferInstructions transfer(@PathVariable UUID id) {
        return payments.transferInstructions(new PaymentId(id));
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "Confirm receipt of a bank transfer (one-stop officer of the receiving agency)",
            description = "The amount must equal the obligation's total; a second confirmation is PAYMENT_ALREADY_PAID (409). "
                    + "Publishes PaymentConfirmed.")
    Obligation confirm(@PathVariable UUID id, @RequestBody TransferConfirmation body) {
        return payments.confirmTransfer(new PaymentId(id), body);
    }

    @GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt (biên lai) of a paid obligation, as PDF")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-lai-" + id + ".pdf\"")
                .body(payments.receipt(new PaymentId(id)));
    }

    @GetMapping("/bank-accounts/{agencyId}")
    @Operation(summary = "The bank account an agency collects fees on (VietQR beneficiary)")
    BankAccount bankAccount(@PathVariable UUID agencyId) {
        return payments.bankAccount(new AgencyId(agencyId))
                .orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_NO_BENEFICIARY));
    }

    @org.springframework.web.bind.annotation.PutMapping("/bank-accounts/{agencyId}")
    @Operation(summary = "Set the bank account an agency collects fees on (system or agency administrator)",
            description = "bankBin: the bank's 6-digit NAPAS BIN; accountNumber: 1–19 letters or digits.")
    BankAccount setBankAccount(@PathVariable UUID agencyId, @RequestBody BankAccount body) {
        return payments.setBankAccount(new AgencyId(agencyId), body);
    }

    /** What the callback answers: the gateway stops retrying on any 200. */
    record CallbackAnswer(String code, String message, String dossierCode, String status, boolean replayed) {
    }

    @PostMapping(value = "/sandbox/callback", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Callback (IPN) of the sandbox gateway — MÔI TRƯỜNG THỬ NGHIỆM, không phải thanh toán thật",
            description = "Form parameters txnRef, amount, responseCode (00 paid, 24 cancelled), transactionNo and "
                    + "signature = lower-case hex HMAC-SHA256 of the other parameters sorted by name as key=value joined "
                    + "by &. Bad signature: 400 PAYMENT_BAD_SIGNATURE; wrong amount: 422 PAYMENT_AMOUNT_MISMATCH; nothing "
                    + "changes. A replay answers 200 with replayed=true and changes nothing. Also accepts the same as JSON.")
    CallbackAnswer sandboxCallback(@RequestParam Map<String, String> parameters) {
        return notice(parameters);
    }

    @PostMapping(value = "/sandbox/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Callback (IPN) of the sandbox gateway, as JSON — MÔI TRƯỜNG THỬ NGHIỆM")
    CallbackAnswer sandboxCallbackJson(@RequestBody Map<String, String> parameters) {
        return notice(parameters);
    }

    private CallbackAnswer notice(Map<String, String> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new PaymentException(PaymentError.PAYMENT_INVALID_NOTICE);
        }
        var result = payments.gatewayNotice(SandboxGateway.ID, parameters);
        return new CallbackAnswer("00", result.replayed() ? "Already confirmed" : "Confirm success",
                result.obligation().dossierCode(), result.obligation().status().name(), result.replayed());
    }
}
