package vn.openprovince.payment;

import org.springframework.http.HttpStatus;

/** Error codes of the payment module; each has a localised message {@code error.<CODE>}. */
public enum PaymentError {
    PAYMENT_UNKNOWN(HttpStatus.NOT_FOUND, "id"),
    PAYMENT_DOSSIER_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "dossierCode"),
    PAYMENT_PAYER_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "payerAccountId"),
    PAYMENT_AGENCY_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "receivingAgency"),
    PAYMENT_NO_ITEMS(HttpStatus.UNPROCESSABLE_CONTENT, "items"),
    PAYMENT_INVALID_ITEM(HttpStatus.UNPROCESSABLE_CONTENT, "items"),
    PAYMENT_NOT_AN_OFFICER(HttpStatus.FORBIDDEN, "agency"),
    PAYMENT_NOT_THE_PAYER(HttpStatus.FORBIDDEN, "payer"),
    PAYMENT_ALREADY_PAID(HttpStatus.CONFLICT, "id"),
    PAYMENT_NOT_PAID(HttpStatus.CONFLICT, "id"),
    PAYMENT_AMOUNT_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "amount"),
    PAYMENT_BANK_REFERENCE_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "bankReference"),
    PAYMENT_NO_BENEFICIARY(HttpStatus.UNPROCESSABLE_CONTENT, "receivingAgency"),
    PAYMENT_UNKNOWN_GATEWAY(HttpStatus.NOT_FOUND, "gateway"),
    PAYMENT_UNKNOWN_TRANSACTION(HttpStatus.NOT_FOUND, "transactionRef"),
    PAYMENT_BAD_SIGNATURE(HttpStatus.BAD_REQUEST, "signature"),
    PAYMENT_INVALID_NOTICE(HttpStatus.BAD_REQUEST, "notice"),
    PAYMENT_INVALID_BANK_ACCOUNT(HttpStatus.UNPROCESSABLE_CONTENT, "bankAccount"),
    PAYMENT_NOT_AN_ADMINISTRATOR(HttpStatus.FORBIDDEN, "agency");

    private final HttpStatus status;
    private final String field;

    PaymentError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The input the error belongs to. */
    public String field() {
        return field;
    }
}
