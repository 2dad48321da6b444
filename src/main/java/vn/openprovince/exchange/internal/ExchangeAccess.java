package vn.openprovince.exchange.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;

/** Which agencies the signed-in user acts for in the exchange, by role. */
@Component
class ExchangeAccess {

    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    ExchangeAccess(CurrentUser currentUser, OrganizationDirectory organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    /** The agencies where the user holds one of the roles; system administrators hold all. */
    AgencyScope scope(Role... roles) {
        var user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (user.has(Role.SYSTEM_ADMIN)) {
            return AgencyScope.ALL;
        }
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (grant.agency() == null || !Set.of(roles).contains(grant.role())) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL) {
                return AgencyScope.ALL;
            }
            if (grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES) {
                agencies.addAll(organization.agencyWithSubordinates(grant.agency()));
            } else {
                agencies.add(grant.agency());
            }
        }
        return AgencyScope.of(agencies);
    }

    /** The signed-in official's own agency, if any. */
    AgencyId ownAgency() {
        return currentUser.get().map(u -> u.agencyId()).orElse(null);
    }

    String actor() {
        return currentUser.get().map(u -> u.displayName() == null ? u.username() : u.displayName()).orElse("system");
    }
}
