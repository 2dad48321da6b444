package vn.openprovince.payment;

/** How an obligation was (or is being) paid. */
public enum PaymentMethod {
    /** Chuyển khoản VietQR: a bank transfer from a VietQR code, confirmed by a one-stop officer. */
    BANK_TRANSFER,
    /** Cổng thanh toán thử nghiệm: the sandbox gateway — not a real payment. */
    SANDBOX_GATEWAY,
    /** Cổng thanh toán: a real hosted-page gateway (a {@link PaymentGateway} bean that is not the sandbox). */
    GATEWAY
}
