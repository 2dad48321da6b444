package vn.openprovince.catalog.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;

/**
 * The rule for procedure codes (mã thủ tục hành chính). National codes look like {@code 1.001193},
 * optionally with a localisation suffix ({@code 1.001193.000.00.00.H99}) or a short one
 * ({@code 1.000948.H38}). The rule is not verified, so codes outside it are accepted by default and
 * flagged non-standard; every code must still be short and URL-safe because it names a public page.
 */
final class ProcedureCodeRule {

    static final String NATIONAL_FORMAT = "[1-3]\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}|\\.[A-Z]\\d{2})?";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final Pattern national;
    private final boolean acceptNonstandard;

    ProcedureCodeRule(String nationalFormat, boolean acceptNonstandard) {
        this.national = Pattern.compile(nationalFormat);
        this.acceptNonstandard = acceptNonstandard;
    }

    static ProcedureCodeRule lenient() {
        return new ProcedureCodeRule(NATIONAL_FORMAT, true);
    }

    /** Checks a code; the result tells whether it has the national format. */
    CheckedCode check(String input) {
        String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new CatalogException(CatalogError.CAT_CODE_REQUIRED);
        }
        if (!SAFE.matcher(code).matches()) {
            throw new CatalogException(CatalogError.CAT_INVALID_CODE, code);
        }
        boolean standard = national.matcher(code).matches();
        if (!standard && !acceptNonstandard) {
            throw new CatalogException(CatalogError.CAT_INVALID_CODE, code);
        }
        return new CheckedCode(code, standard);
    }

    /** A code that passed the rule. */
    record CheckedCode(String value, boolean standard) {
    }
}
