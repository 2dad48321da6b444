package vn.openprovince.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NAPAS VietQR payload, the VND formats and the sandbox gateway's signature, without Spring. */
class VietQrPayloadTests {

    @Test
    void theCrcIsCrc16CcittFalse() {
        // The catalogue check value of CRC-16/CCITT-FALSE.
        assertThat(VietQrPayload.crc("123456789")).isEqualTo("29B1");
    }

    @Test
    void aPublishedStaticSampleIsReproducedByteForByte() {
        // From the subiz/vietqr README: 120.000 đ to 0011001932418 at BIN 970415, content "ung ho lu lut".
        assertThat(VietQrPayload.build("970415", "0011001932418", true, 120_000L, null, "ung ho lu lut"))
                .isEqualTo("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                        + "530370454061200005802VN62170813ung ho lu lut6304C15C");
    }

    @Test
    void aDynamicPayloadHasTheFieldsInOrderWithTheDossierCodeAsReference() {
        String payload = VietQrPayload.build("970415", "113366668888", true, 50_000L, "H99-261201-0001",
                "H99-261201-0001");
        // Laid out by hand, TLV by TLV; the CRC computed independently (Python binascii.crc_hqx with 0xFFFF).
        assertThat(payload).isEqualTo("000201" + "010212"
                + "3856" + "0010A000000727" + "0126" + "0006970415" + "0112113366668888" + "0208QRIBFTTA"
                + "5303704" + "540550000" + "5802VN"
                + "6238" + "0115H99-261201-0001" + "0815H99-261201-0001"
                + "6304" + "423D");
        assertThat(VietQrPayload.crc(payload.substring(0, payload.length() - 4)))
                .isEqualTo(payload.substring(payload.length() - 4));
    }

    @Test
    void aStaticCodeHasPointOfInitiationElevenAndMayOmitTheAmount() {
        String payload = VietQrPayload.build("970415", "0011001932418", false, null, null, null);
        assertThat(payload).startsWith("000201010211").doesNotContain("5406").contains("5303704" + "5802VN" + "6304");
        assertThat(VietQrPayload.crc(payload.substring(0, payload.length() - 4))).isEqualTo(payload.substring(payload.length() - 4));
    }

    @Test
    void badBeneficiaryOrContentIsRefused() {
        assertThatThrownBy(() -> VietQrPayload.build("97041", "1", true, 1L, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQrPayload.build("970415", "1", true, 0L, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQrPayload.build("970415", "1", true, 1L, null, "phí hộ tịch"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTransferNoteIsTheDossierCodeWithinTwentyFiveCharacters() {
        assertThat(PaymentService.transferNote("000.00.00.H99-261201-0001")).isEqualTo("000.00.00.H99-261201-0001");
        assertThat(PaymentService.transferNote("000.00.00.H99.X1-261201-0001")).isEqualTo("00.00.H99.X1-261201-0001")
                .hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void amountsAreWrittenTheVietnameseWay() {
        assertThat(Money.vnd(50_000)).isEqualTo("50.000 đ");
        assertThat(Money.vnd(1_250_000)).isEqualTo("1.250.000 đ");
        assertThat(Money.vnd(800)).isEqualTo("800 đ");
        assertThat(Money.inWords(50_000)).isEqualTo("Năm mươi nghìn đồng");
        assertThat(Money.inWords(1_250_000)).isEqualTo("Một triệu hai trăm năm mươi nghìn đồng");
        assertThat(Money.inWords(105_000)).isEqualTo("Một trăm lẻ năm nghìn đồng");
        assertThat(Money.inWords(2_015_000)).isEqualTo("Hai triệu không trăm mười lăm nghìn đồng");
        assertThat(Money.inWords(21_000)).isEqualTo("Hai mươi mốt nghìn đồng");
    }

    @Test
    void theSandboxSignsSortedParametersWithHmacSha256AndRefusesATamperedNotice() {
        var gateway = new SandboxGateway(new PaymentSettings(new PaymentSettings.Sandbox(true, "test-secret"),
                new PaymentSettings.DemoBeneficiary("970415", "x", "1", "x")));
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("txnRef", "ABC123");
        notice.put("responseCode", "00");
        notice.put("amount", "50000");
        notice.put("transactionNo", "SB1");
        // Python: hmac.new(b"test-secret", b"amount=50000&responseCode=00&transactionNo=SB1&txnRef=ABC123", sha256)
        assertThat(gateway.sign(notice)).containsEntry("signature",
                "efb82def725115dec79c5de4f3a9ccb5e59795457d036bcedad524f93c25fa45");
        assertThat(gateway.verify(gateway.sign(notice)).amount()).isEqualTo(50_000);

        var tampered = new LinkedHashMap<>(gateway.sign(notice));
        tampered.put("amount", "5000");
        assertThatThrownBy(() -> gateway.verify(tampered)).hasMessageContaining("PAYMENT_BAD_SIGNATURE");
    }
}
