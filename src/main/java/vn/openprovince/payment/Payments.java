package vn.openprovince.payment;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Thanh toán phí, lệ phí: the financial obligations of dossiers. Every call checks who is signed in: the payer
 * (the citizen or business account the obligation names) sees and pays their own; one-stop officers
 * ({@code ONE_STOP_OFFICER}) of the receiving agency request, see and confirm. Every change is audited.
 */
public interface Payments {

    /**
     * Asks the applicant to pay (yêu cầu thực hiện nghĩa vụ tài chính): the signed-in user must be a one-stop officer
     * of the receiving agency. Publishes {@link PaymentRequested}.
     */
    Obligation request(PaymentRequest request);

    /** The obligations of one dossier, oldest first: for its payer, or an officer of the receiving agency. */
    List<Obligation> obligations(String dossierCode);

    /** Whether the dossier has an obligation still to pay (no access check: a yes/no for the dossier module). */
    boolean outstanding(String dossierCode);

    /** The signed-in citizen's obligations, newest first. */
    Page<Obligation> mine(Pageable page);

    /** Pending obligations of the agencies where the signed-in officer confirms transfers, oldest first. */
    Page<Obligation> pendingTransfers(Pageable page);

    Obligation obligation(PaymentId id);

    /** The VietQR code and account details for a bank transfer of a pending obligation (payer or officer). */
    TransferInstructions transferInstructions(PaymentId id);

    /**
     * Xác nhận đã nhận tiền: a one-stop officer of the receiving agency confirms a bank transfer; the amount must be
     * the total. Publishes {@link PaymentConfirmed}; a second confirmation is {@link PaymentError#PAYMENT_ALREADY_PAID}.
     */
    Obligation confirmTransfer(PaymentId id, TransferConfirmation confirmation);

    /**
     * Starts paying through a gateway (the payer only): records the attempt and gives the address of the
     * gateway's page to send the payer to.
     *
     * @param returnUrl where the gateway sends the payer back to
     */
    String checkout(PaymentId id, String gatewayId, String returnUrl);

    /**
     * A gateway's notice (callback, IPN) about an attempt: signature checked, amount checked, applied once. A replay
     * of a notice already applied changes nothing and answers the same.
     */
    GatewayResult gatewayNotice(String gatewayId, Map<String, String> parameters);

    /**
     * Sets the bank account the agency collects on (system administrators, or agency administrators of the agency).
     * Audited as {@code payment.account-set}.
     */
    BankAccount setBankAccount(vn.openprovince.organization.AgencyId agency, BankAccount account);

    /** The bank account the agency collects on, if configured (the demo fallback is not included). */
    java.util.Optional<BankAccount> bankAccount(vn.openprovince.organization.AgencyId agency);

    /** Whether the sandbox gateway is on (pages then offer it, labelled as a test). */
    boolean sandboxEnabled();

    /** The receipt (biên lai) of a paid obligation as PDF, for the payer or an officer. */
    byte[] receipt(PaymentId id);

    /** What a gateway notice did. */
    record GatewayResult(Obligation obligation, boolean success, boolean replayed) {
    }
}
