package vn.openprovince.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openprovince.payment.*}.
 *
 * @param sandbox         the sandbox gateway: on by default (no money moves); its HMAC secret, empty = a random
 *                        one per start (callbacks then verify only within this process)
 * @param demoBeneficiary the made-up bank account used in demo mode for agencies that have none configured
 */
@ConfigurationProperties("openprovince.payment")
public record PaymentSettings(@DefaultValue Sandbox sandbox, @DefaultValue DemoBeneficiary demoBeneficiary) {

    public record Sandbox(@DefaultValue("true") boolean enabled, @DefaultValue("") String secret) {
    }

    public record DemoBeneficiary(@DefaultValue("970415") String bankBin,
                                  @DefaultValue("VietinBank (tài khoản mẫu)") String bankName,
                                  @DefaultValue("113000000000") String accountNumber,
                                  @DefaultValue("TAI KHOAN MAU - KHONG CHUYEN TIEN") String accountName) {
    }
}
