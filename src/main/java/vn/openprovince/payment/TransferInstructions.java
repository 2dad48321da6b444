package vn.openprovince.payment;

/**
 * Thông tin chuyển khoản: what the payer needs for a VietQR bank transfer.
 *
 * @param payload       the EMVCo (NAPAS VietQR) payload encoded in the QR code
 * @param transferNote  the content (nội dung chuyển khoản) to type if the bank app does not read it from the QR
 * @param sample        whether the beneficiary account is sample data (demo mode), not a real account
 */
public record TransferInstructions(String bankBin, String bankName, String accountNumber, String accountName,
                                   long amount, String transferNote, String payload, boolean sample) {
}
