package vn.openprovince.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.openprovince.organization.OrganizationError;
import vn.openprovince.organization.OrganizationException;
import vn.openprovince.organization.VietnameseText;

class IdentifierCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H49", "000.00.04.G14", "001.02.30.H99"})
    void acceptsQcvn102Codes(String code) {
        assertThat(new IdentifierCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H49", "000.00.00.h49", "00.00.00.H49", "000.00.00.H4", "000-00-00-H49", "000.00.00.H49 x"})
    void rejectsMalformedCodes(String code) {
        assertThatThrownBy(() -> new IdentifierCode(code)).isInstanceOf(OrganizationException.class)
                .extracting(e -> ((OrganizationException) e).error()).isEqualTo(OrganizationError.ORG_INVALID_IDENTIFIER_CODE);
    }

    @Test
    void buildsCodesLevelByLevel() {
        assertThat(IdentifierCode.of("H49", 0, 0, 0).value()).isEqualTo("000.00.00.H49");
        assertThat(IdentifierCode.of("H99", 30, 4, 0).value()).isEqualTo("000.04.30.H99");
    }

    @Test
    void sharingCodesAllowDigitsCapitalsAndDots() {
        assertThat(SharingCode.ofNullable("H52.101.114").value()).isEqualTo("H52.101.114");
        assertThat(SharingCode.ofNullable(" ")).isNull();
        assertThatThrownBy(() -> SharingCode.ofNullable("h52-101")).isInstanceOf(OrganizationException.class);
        assertThatThrownBy(() -> SharingCode.ofNullable("A".repeat(36))).isInstanceOf(OrganizationException.class);
    }

    @Test
    void foldsVietnameseForSearch() {
        assertThat(VietnameseText.fold("  Ủy ban nhân dân  Phường ĐỒNG Tiến ")).isEqualTo("uy ban nhan dan phuong dong tien");
        assertThat(VietnameseText.fold("Hòa Bình")).isEqualTo(VietnameseText.fold("Hoà Bình"));
    }
}
