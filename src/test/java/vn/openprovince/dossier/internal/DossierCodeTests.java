package vn.openprovince.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Circular 01/2018 Art. 19: receiving unit code, reception day as YYMMDD, 4-digit sequence of the day. */
class DossierCodeTests {

    @Test
    void codeIsUnitCodeDayAndFourDigitSequence() {
        assertThat(Circular01CodeGenerator.format("000.00.00.H49", LocalDate.of(2025, 7, 1), 1))
                .isEqualTo("000.00.00.H49-250701-0001");
        assertThat(Circular01CodeGenerator.format("000.00.00.H49", LocalDate.of(2026, 12, 31), 9999))
                .isEqualTo("000.00.00.H49-261231-9999");
    }

    @Test
    void beyondTenThousandADayTheSequenceGrowsRatherThanRepeats() {
        assertThat(Circular01CodeGenerator.format("H99", LocalDate.of(2026, 1, 2), 10000)).isEqualTo("H99-260102-10000");
    }
}
