package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Citizen ID (CCCD) is 12 digits; phone numbers are 0 and 9 digits or +84 and 9 digits. */
class VietnameseIdsTests {

    @Test
    void citizenIdHasExactlyTwelveDigits() {
        assertThat(VietnameseIds.isCitizenId("017090001234")).isTrue();
        assertThat(VietnameseIds.isCitizenId("017 090 001 234")).isTrue();
        assertThat(VietnameseIds.isCitizenId("01709000123")).isFalse();
        assertThat(VietnameseIds.isCitizenId("0170900012345")).isFalse();
        assertThat(VietnameseIds.isCitizenId("01709000123A")).isFalse();
        assertThat(VietnameseIds.isCitizenId(null)).isFalse();
    }

    @Test
    void phoneIsZeroAndNineDigitsOrPlus84() {
        assertThat(VietnameseIds.isPhone("0912345678")).isTrue();
        assertThat(VietnameseIds.isPhone("0912 345 678")).isTrue();
        assertThat(VietnameseIds.isPhone("+84912345678")).isTrue();
        assertThat(VietnameseIds.normalisePhone("+84 912.345.678")).isEqualTo("0912345678");
        assertThat(VietnameseIds.isPhone("912345678")).isFalse();
        assertThat(VietnameseIds.isPhone("09123456789")).isFalse();
        assertThat(VietnameseIds.isPhone("1912345678")).isFalse();
    }

    @Test
    void taxCodeIsTenDigitsWithAnOptionalBranchSuffix() {
        assertThat(VietnameseIds.isTaxCode("5400123456")).isTrue();
        assertThat(VietnameseIds.isTaxCode("5400123456-001")).isTrue();
        assertThat(VietnameseIds.isTaxCode("540012345")).isFalse();
    }
}
