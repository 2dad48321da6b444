package vn.openprovince.catalog;

/** Formats amounts of Vietnamese đồng as people read them: {@code 1.250.000 đ}, no decimals. */
public final class Vnd {

    private Vnd() {
    }

    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        var grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped + " đ";
    }
}
