package vn.openprovince.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;

/** Procedure codes: national ones recognised, others accepted but flagged, unsafe ones refused. */
class ProcedureCodeRuleTests {

    private final ProcedureCodeRule lenient = ProcedureCodeRule.lenient();
    private final ProcedureCodeRule strict = new ProcedureCodeRule(ProcedureCodeRule.NATIONAL_FORMAT, false);

    @Test
    void recognisesNationalCodesWithAndWithoutLocalisationSuffix() {
        assertThat(lenient.check("1.001193").standard()).isTrue();
        assertThat(lenient.check("1.001193.000.00.00.H99").standard()).isTrue();
        assertThat(lenient.check("2.000815.000.00.00.H55").standard()).isTrue();
        assertThat(lenient.check("1.000948.H38").standard()).isTrue();
        assertThat(lenient.check(" 1.011442.000.00.00.h38 ").value()).isEqualTo("1.011442.000.00.00.H38");
    }

    @Test
    void acceptsOtherCodesAsNonStandardByDefault() {
        var sample = lenient.check("MAU.HT.01");
        assertThat(sample.standard()).isFalse();
        assertThat(sample.value()).isEqualTo("MAU.HT.01");
        assertThat(lenient.check("1.00119").standard()).isFalse();
    }

    @Test
    void strictRuleRefusesCodesOutsideTheNationalFormat() {
        assertThatThrownBy(() -> strict.check("MAU.HT.01")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_INVALID_CODE));
        assertThat(strict.check("1.001193").standard()).isTrue();
    }

    @Test
    void refusesEmptyAndUnsafeCodesWhateverTheRule() {
        assertThatThrownBy(() -> lenient.check("  ")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_CODE_REQUIRED));
        for (String unsafe : new String[] {"1.001193 x", "../etc", "mã-có-dấu", "a/b", "x".repeat(41)}) {
            assertThatThrownBy(() -> lenient.check(unsafe)).as(unsafe).isInstanceOfSatisfying(CatalogException.class,
                    e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_INVALID_CODE));
        }
    }
}
