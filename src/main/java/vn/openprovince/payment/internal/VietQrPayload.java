package vn.openprovince.payment.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The NAPAS VietQR payload: EMVCo merchant-presented mode, as TLV fields (two-digit id, two-digit length, value).
 * <pre>
 * 00 payload format indicator "01"
 * 01 point of initiation: "11" static, "12" dynamic (one payment, amount fixed)
 * 38 merchant account information: 00 GUID "A000000727", 01 beneficiary (00 bank BIN, 01 account number),
 *    02 service code "QRIBFTTA" (inter-bank transfer to an account)
 * 53 currency "704" (VND), 54 amount, 58 country "VN"
 * 62 additional data: 01 bill number, 08 purpose of transaction
 * 63 CRC-16/CCITT-FALSE over everything before it, "6304" included, as four upper-case hex digits
 * </pre>
 */
public final class VietQrPayload {

    static final String NAPAS_GUID = "A000000727";
    static final String SERVICE_ACCOUNT_TRANSFER = "QRIBFTTA";
    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
    /** Letters, digits, space, dot, hyphen: what every bank app carries through in the transfer content. */
    private static final Pattern TEXT = Pattern.compile("[0-9A-Za-z .\\-]{1,25}");

    private VietQrPayload() {
    }

    /**
     * @param dynamic    {@code true} for a one-off payment (point of initiation 12)
     * @param amount     in đồng, {@code null} to let the payer type it (static codes only)
     * @param billNumber subfield 62-01, or {@code null}
     * @param purpose    subfield 62-08 (the transfer content), or {@code null}
     */
    public static String build(String bankBin, String accountNumber, boolean dynamic, Long amount, String billNumber,
                               String purpose) {
        if (!BIN.matcher(bankBin).matches()) {
            throw new IllegalArgumentException("bank BIN must be 6 digits: " + bankBin);
        }
        if (!ACCOUNT.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("account number must be 1-19 letters or digits: " + accountNumber);
        }
        if (amount != null && (amount <= 0 || amount > 9_999_999_999_999L)) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        var payload = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", dynamic ? "12" : "11"))
                .append(tlv("38", tlv("00", NAPAS_GUID)
                        + tlv("01", tlv("00", bankBin) + tlv("01", accountNumber))
                        + tlv("02", SERVICE_ACCOUNT_TRANSFER)))
                .append(tlv("53", "704"));
        if (amount != null) {
            payload.append(tlv("54", Long.toString(amount)));
        }
        payload.append(tlv("58", "VN"));
        String additional = (billNumber == null ? "" : tlv("01", text(billNumber)))
                + (purpose == null ? "" : tlv("08", text(purpose)));
        if (!additional.isEmpty()) {
            payload.append(tlv("62", additional));
        }
        payload.append("6304");
        return payload + crc(payload.toString());
    }

    /** One TLV field; EMVCo values are at most 99 characters. */
    static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + id + " longer than 99 characters");
        }
        return id + "%02d".formatted(value.length()) + value;
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), as 4 hex digits. */
    static String crc(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return "%04X".formatted(crc);
    }

    private static String text(String value) {
        if (!TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException("additional data must be 1-25 letters, digits, spaces, dots or hyphens: "
                    + value);
        }
        return value;
    }
}
