package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Money reads the Vietnamese way: dots between thousands, no decimals, "đ" after. */
class VndTests {

    @Test
    void groupsThousandsWithDots() {
        assertThat(Vnd.format(1_250_000)).isEqualTo("1.250.000 đ");
        assertThat(Vnd.format(8_000)).isEqualTo("8.000 đ");
        assertThat(Vnd.format(100)).isEqualTo("100 đ");
        assertThat(Vnd.format(10_000_000_000L)).isEqualTo("10.000.000.000 đ");
    }

    @Test
    void zeroIsFormattedButAFeeOfZeroIsFree() {
        assertThat(Vnd.format(0)).isEqualTo("0 đ");
        assertThat(new Fee(FeeKind.LE_PHI, "Đăng ký khai sinh đúng hạn", 0).free()).isTrue();
        assertThat(new Fee(FeeKind.PHI, "Bản sao", 8_000).formattedAmount()).isEqualTo("8.000 đ");
    }

    @Test
    void onlineClassificationMapsToAndFromTheLegacyLevels() {
        assertThat(OnlineService.fromLegacyLevel(4)).isEqualTo(OnlineService.TOAN_TRINH);
        assertThat(OnlineService.fromLegacyLevel(3)).isEqualTo(OnlineService.MOT_PHAN);
        assertThat(OnlineService.fromLegacyLevel(2)).isEqualTo(OnlineService.NONE);
        assertThat(OnlineService.fromLegacyLevel(1)).isEqualTo(OnlineService.NONE);
        for (var level : OnlineService.values()) {
            assertThat(OnlineService.fromLegacyLevel(level.defaultLegacyLevel())).isEqualTo(level);
        }
    }
}
