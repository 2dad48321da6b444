package vn.openprovince.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.identity.OfficialAccount;
import vn.openprovince.identity.OfficialAccounts;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.AgencyId;

/** Officials' accounts from the account table: enabled ones with an official only. */
@Service
@Transactional(readOnly = true)
class JpaOfficialAccounts implements OfficialAccounts {

    private final Accounts accounts;

    JpaOfficialAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<OfficialAccount> byUsername(String username) {
        return accounts.findByUsername(username).filter(account -> account.enabled() && account.officialId() != null)
                .map(JpaOfficialAccounts::view);
    }

    @Override
    public List<OfficialAccount> holding(Role role, AgencyId agency) {
        return accounts.findOfficialsHolding(role, agency.value()).stream().map(JpaOfficialAccounts::view).toList();
    }

    private static OfficialAccount view(Account account) {
        return new OfficialAccount(account.id(), account.username(), account.displayName(), account.officialId());
    }
}
