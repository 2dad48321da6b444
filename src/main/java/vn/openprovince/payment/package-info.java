/**
 * Fees and charges (thanh toán phí, lệ phí): the financial obligations (nghĩa vụ tài chính) of a dossier, paid by
 * VietQR bank transfer that a one-stop officer confirms or through a payment gateway provider (a sandbox one ships
 * for tests and demos), with PDF receipts (biên lai). Knows dossiers only by their code, so the dossier module can
 * depend on it: it calls {@link vn.openprovince.payment.Payments#request} and listens to
 * {@link vn.openprovince.payment.PaymentConfirmed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = {"organization", "identity", "audit", "notification", "printing"})
package vn.openprovince.payment;
