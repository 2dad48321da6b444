package vn.openprovince.identity.internal;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Opens the demo accounts (password {@value #PASSWORD}) for the demo officials, whom the
 * organisation module loads with the e-mail {@code <username>@demo.openprovince.vn}.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Where a demo grant applies: the official's own agency, or a named People's Committee. */
    private enum At { OWN_AGENCY, PROVINCE_COMMITTEE }

    private record DemoGrant(Role role, ScopeKind scope, At at) {
    }

    private record DemoAccount(String username, List<DemoGrant> grants) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", List.of(new DemoGrant(Role.SYSTEM_ADMIN, ScopeKind.ALL, At.OWN_AGENCY))),
            new DemoAccount("quantri.tinh", List.of(
                    new DemoGrant(Role.AGENCY_ADMIN, ScopeKind.AGENCY_AND_SUBORDINATES, At.PROVINCE_COMMITTEE))),
            new DemoAccount("lanhdao.tinh", List.of(
                    new DemoGrant(Role.LEADER, ScopeKind.AGENCY_AND_SUBORDINATES, At.PROVINCE_COMMITTEE))),
            new DemoAccount("vanthu.tinh", List.of(new DemoGrant(Role.CLERK, ScopeKind.AGENCY, At.PROVINCE_COMMITTEE),
                    new DemoGrant(Role.CLERK, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("truongphong.tinh", List.of(new DemoGrant(Role.DEPARTMENT_HEAD, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("chuyenvien.tinh", List.of(new DemoGrant(Role.SPECIALIST, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("motcua.tinh", List.of(new DemoGrant(Role.ONE_STOP_OFFICER, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("lanhdao.huyen", List.of(
                    new DemoGrant(Role.LEADER, ScopeKind.AGENCY_AND_SUBORDINATES, At.OWN_AGENCY))),
            new DemoAccount("vanthu.huyen", List.of(new DemoGrant(Role.CLERK, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("motcua.huyen", List.of(new DemoGrant(Role.ONE_STOP_OFFICER, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("lanhdao.xa", List.of(new DemoGrant(Role.LEADER, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("vanthu.xa", List.of(new DemoGrant(Role.CLERK, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("motcua.xa", List.of(new DemoGrant(Role.ONE_STOP_OFFICER, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("quantri.xa", List.of(new DemoGrant(Role.AGENCY_ADMIN, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("vanthu.xa2", List.of(new DemoGrant(Role.CLERK, ScopeKind.AGENCY, At.OWN_AGENCY))),
            new DemoAccount("chuyenvien.xa", List.of(new DemoGrant(Role.SPECIALIST, ScopeKind.AGENCY, At.OWN_AGENCY))));

    private final Accounts accounts;
    private final OrganizationDirectory directory;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    DemoAccounts(Accounts accounts, OrganizationDirectory directory, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        var provinceCommittee = directory.agenciesOfUnit("17").stream()
                .filter(agency -> agency.abbreviation().equals("UBND")).map(AgencySummary::id).findFirst();
        if (provinceCommittee.isEmpty()) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        Instant now = Instant.now();
        for (var demo : ACCOUNTS) {
            var official = directory.officialByEmail(demo.username() + "@demo.openprovince.vn").orElseThrow();
            var account = new Account(demo.username(), hash, official.fullName(), official.id(), now);
            for (var grant : demo.grants()) {
                var agency = grant.at() == At.OWN_AGENCY ? official.agencyId() : provinceCommittee.get();
                account.grant(new RoleAssignment(grant.role(), agency.value(), grant.scope()));
            }
            accounts.save(account);
        }
        audit.record("demo-data.accounts-opened", "Account", null, null, ACCOUNTS.size() + " demo accounts");
        log.info("Demo accounts opened: {} (password {})", ACCOUNTS.size(), PASSWORD);
    }
}
