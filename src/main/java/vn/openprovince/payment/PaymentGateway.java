package vn.openprovince.payment;

import java.util.Map;

/**
 * Cổng thanh toán: a hosted-page payment gateway provider (Keycloak-style provider bean, one per gateway). The
 * platform sends the payer to {@link #checkoutUrl}, the gateway calls back with signed parameters that
 * {@link #verify} checks. A real gateway (VNPay, Napas, …) is another bean; the sandbox one ships.
 */
public interface PaymentGateway {

    /** Stable id used in URLs and stored with each attempt, e.g. {@code sandbox}. */
    String id();

    /** A test gateway: no real money moves, and every page that shows it says so. */
    boolean sandbox();

    /** Where to send the payer for this order; the address carries the order signed. */
    String checkoutUrl(Order order, String returnUrl);

    /**
     * Checks the signature of a callback and reads it.
     *
     * @throws PaymentException {@link PaymentError#PAYMENT_BAD_SIGNATURE} or {@link PaymentError#PAYMENT_INVALID_NOTICE}
     */
    Notice verify(Map<String, String> parameters);

    /** One payment attempt as the gateway is told about it. */
    record Order(String transactionRef, String dossierCode, long amount, String description) {
    }

    /**
     * What the gateway says happened.
     *
     * @param gatewayTransactionNo the gateway's own number for the transaction, {@code null} when it failed
     */
    record Notice(String transactionRef, long amount, boolean success, String responseCode,
                  String gatewayTransactionNo) {
    }
}
