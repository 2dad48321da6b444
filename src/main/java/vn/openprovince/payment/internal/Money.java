package vn.openprovince.payment.internal;

/**
 * Amounts in đồng as Vietnamese readers write them: {@code 1.250.000 đ}, and in words for receipts
 * ("Một triệu hai trăm năm mươi nghìn đồng").
 */
public final class Money {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    private Money() {
    }

    /** Dot as the thousands separator, no decimals, then " đ". */
    public static String vnd(long amount) {
        String digits = Long.toString(Math.abs(amount));
        var out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out + " đ";
    }

    /** The amount in words with a capital first letter and "đồng", e.g. "Năm mươi nghìn đồng". */
    public static String inWords(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        if (amount == 0) {
            return "Không đồng";
        }
        var groups = new java.util.ArrayList<Integer>();
        for (long rest = amount; rest > 0; rest /= 1000) {
            groups.add((int) (rest % 1000));
        }
        var words = new StringBuilder();
        for (int g = groups.size() - 1; g >= 0; g--) {
            int value = groups.get(g);
            if (value == 0) {
                continue;
            }
            boolean full = words.length() > 0; // a group after a higher one reads its zero hundreds ("không trăm")
            words.append(words.length() > 0 ? " " : "").append(threeDigits(value, full)).append(GROUPS[g]);
        }
        String text = words.toString().trim() + " đồng";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String threeDigits(int value, boolean full) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        var out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0 && out.length() > 0) {
                out.append(" lẻ");
            }
        } else if (tens == 1) {
            out.append(out.length() > 0 ? " " : "").append("mười");
        } else {
            out.append(out.length() > 0 ? " " : "").append(DIGITS[tens]).append(" mươi");
        }
        if (units > 0) {
            String unit = switch (units) {
                case 1 -> tens >= 2 ? "mốt" : "một";
                case 4 -> tens >= 2 ? "tư" : "bốn";
                case 5 -> tens >= 1 ? "lăm" : "năm";
                default -> DIGITS[units];
            };
            out.append(out.length() > 0 ? " " : "").append(unit);
        }
        return out.toString();
    }
}
