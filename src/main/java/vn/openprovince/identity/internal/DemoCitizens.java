package vn.openprovince.identity.internal;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.identity.ApplicantKind;

/**
 * Opens the demo citizen {@code congdan} and the demo business {@code doanhnghiep} (password
 * {@value DemoAccounts#PASSWORD}), with profiles in Thái Bình ward of Hòa Bình city. Their identity
 * numbers are made up and marked as such nowhere else: demo mode only.
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoCitizens implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCitizens.class);

    private final Accounts accounts;
    private final CitizenAccounts citizens;
    private final CitizenProfiles profiles;
    private final PasswordEncoder passwords;

    DemoCitizens(Accounts accounts, CitizenAccounts citizens, CitizenProfiles profiles, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.citizens = citizens;
        this.profiles = profiles;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsername("congdan")) {
            return;
        }
        String hash = passwords.encode(DemoAccounts.PASSWORD);
        var person = citizens.open("congdan", hash, ApplicantKind.CITIZEN, "Nguyễn Văn An", "0912345678",
                "congdan@demo.openprovince.vn", null, null);
        profiles.findById(person.id()).orElseThrow().update(new ProfileChanges("Nguyễn Văn An", "017090001234",
                LocalDate.of(1990, 5, 12), "0912345678", "congdan@demo.openprovince.vn", "17", "148", "04789",
                "Số 12, đường Cù Chính Lan", null, null), java.time.Instant.now());
        var business = citizens.open("doanhnghiep", hash, ApplicantKind.BUSINESS, "Trần Thị Bình", "0987654321",
                "doanhnghiep@demo.openprovince.vn", "5400123456", "Công ty TNHH Nông sản Hòa Bình (mẫu)");
        profiles.findById(business.id()).orElseThrow().update(new ProfileChanges("Trần Thị Bình", "017185004321",
                LocalDate.of(1985, 9, 2), "0987654321", "doanhnghiep@demo.openprovince.vn", "17", "148", "04792",
                "Số 5, đường An Dương Vương", "5400123456", "Công ty TNHH Nông sản Hòa Bình (mẫu)"), java.time.Instant.now());
        log.info("Demo citizen and business accounts opened: congdan, doanhnghiep (password {})", DemoAccounts.PASSWORD);
    }
}
