package vn.openprovince.payment;

/**
 * Tài khoản thụ hưởng: the bank account an agency collects fees on, the beneficiary of its VietQR codes.
 *
 * @param bankBin       the bank's 6-digit NAPAS BIN (e.g. 970415 VietinBank)
 * @param accountNumber 1–19 letters or digits
 * @param sample        made-up demo data, shown as such
 */
public record BankAccount(String bankBin, String bankName, String accountNumber, String accountName, boolean sample) {
}
