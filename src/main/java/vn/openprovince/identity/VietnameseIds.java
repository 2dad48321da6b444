package vn.openprovince.identity;

import java.util.regex.Pattern;

/** Formats of Vietnamese identifiers people type in: citizen ID (CCCD), phone number, tax code. */
public final class VietnameseIds {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private VietnameseIds() {
    }

    /** Căn cước công dân: exactly 12 digits (spaces ignored). */
    public static boolean isCitizenId(String text) {
        return text != null && CITIZEN_ID.matcher(text.replace(" ", "")).matches();
    }

    /** A Vietnamese phone number: 0 and 9 digits, or +84 and 9 digits (spaces, dots and dashes ignored). */
    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(normalisePhone(text)).matches();
    }

    /** The 10-digit form starting with 0: "+84 912 345 678" → "0912345678". */
    public static String normalisePhone(String text) {
        String digits = text.strip().replaceAll("[\\s.\\-()]", "");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }

    /** Mã số thuế: 10 digits, or 10 digits, a dash and 3 digits for a branch. */
    public static boolean isTaxCode(String text) {
        return text != null && TAX_CODE.matcher(text.strip()).matches();
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= 120 && EMAIL.matcher(text.strip()).matches();
    }
}
