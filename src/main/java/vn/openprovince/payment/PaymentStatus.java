package vn.openprovince.payment;

/** Where an obligation stands. */
public enum PaymentStatus {
    /** Chờ thanh toán: requested, not paid yet. */
    PENDING,
    /** Đã thanh toán: paid (confirmed by an officer or by the gateway's signed notice). */
    PAID
}
