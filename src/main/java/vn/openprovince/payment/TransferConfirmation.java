package vn.openprovince.payment;

/**
 * Xác nhận đã nhận chuyển khoản: what the one-stop officer read on the agency's bank statement.
 *
 * @param bankReference the bank's transaction reference (mã giao dịch), required
 * @param amount        the amount received in đồng; must equal the obligation's total
 * @param note          optional remark
 */
public record TransferConfirmation(String bankReference, long amount, String note) {
}
