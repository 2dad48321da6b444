package vn.openprovince.document;

import java.util.regex.Pattern;

/**
 * Tổ chức tư vấn (Hội đồng, Ban, Tổ) named as the issuer of a document that carries its agency's seal
 * or digital signature. Decree 30 Art. 15 gives such a body its own number series, and its
 * abbreviation stands where the agency's would in the symbol ({@code 03/QĐ-HĐTĐKT}).
 *
 * @param abbreviation case-sensitive letters and digits (Đ as U+0110), no spaces, hyphens or slashes
 */
public record AdvisoryBody(String name, String abbreviation) {

    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{Nd}]{1,20}");

    /** Both parts present and the abbreviation usable in a symbol. */
    public boolean isValid() {
        return name != null && !name.isBlank() && name.length() <= 200
                && abbreviation != null && ABBREVIATION.matcher(abbreviation).matches();
    }

    /** The number series of this body within its agency. */
    public String series() {
        return "BODY-" + abbreviation;
    }
}
