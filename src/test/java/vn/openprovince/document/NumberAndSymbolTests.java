package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decree 30 numbers and symbols, and the Appendix III abbreviations. */
class NumberAndSymbolTests {

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertThat(new NumberAndSymbol(1, "QĐ-UBND").toString()).isEqualTo("01/QĐ-UBND");
        assertThat(new NumberAndSymbol(9, "QĐ-UBND").formattedNumber()).isEqualTo("09");
        assertThat(new NumberAndSymbol(15, "QĐ-UBND").toString()).isEqualTo("15/QĐ-UBND");
        assertThat(new NumberAndSymbol(1234, "TB-UBND").formattedNumber()).isEqualTo("1234");
    }

    @Test
    void typedDocumentsUseTypeThenAgencyAndLettersUseAgencyThenUnit() {
        assertThat(NumberAndSymbol.symbolFor(DocumentType.QUYET_DINH, "UBND", "KT")).isEqualTo("QĐ-UBND");
        assertThat(NumberAndSymbol.symbolFor(DocumentType.CONG_VAN, "UBND", "VX")).isEqualTo("UBND-VX");
        assertThat(NumberAndSymbol.symbolFor(DocumentType.QUY_DINH, "UBND", null)).isEqualTo("QyĐ-UBND");
        assertThat(NumberAndSymbol.symbolFor(DocumentType.TO_TRINH, "UBND", null)).isEqualTo("TTr-UBND");
    }

    @Test
    void abbreviationsAreCaseSensitiveWithCapitalDWithStroke() {
        assertThat(DocumentType.CHUONG_TRINH.abbreviation()).isEqualTo("CTr");
        assertThat(DocumentType.QUYET_DINH.abbreviation().charAt(1)).isEqualTo('\u0110');
        assertThat(DocumentType.values()).hasSize(29);
        assertThat(DocumentType.parse("QyĐ")).isEqualTo(DocumentType.QUY_DINH);
        assertThat(DocumentType.parse("QĐ")).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(DocumentType.parse("cong_van")).isEqualTo(DocumentType.CONG_VAN);
        assertThatThrownBy(() -> DocumentType.parse("QYD")).isInstanceOf(DocumentException.class);
    }

    @Test
    void edxmlDocumentIdJoinsOrganIdDateAndNumberWithSymbol() {
        assertThat(new NumberAndSymbol(5, "UBND-VP").edxmlDocumentId("H99.01", LocalDate.of(2026, 2, 5)))
                .isEqualTo("H99.01,2026/02/05,05/UBND-VP");
    }

    @Test
    void rejectsNumbersBelowOneAndSymbolsWithSpaces() {
        assertThatThrownBy(() -> new NumberAndSymbol(0, "QĐ-UBND")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberAndSymbol(1, "QĐ UBND")).isInstanceOf(IllegalArgumentException.class);
    }
}
