package vn.openprovince.dossier.report;

import java.util.EnumSet;
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

/**
 * Who may read the one-stop registers and statistics, and of which agencies: officers of the one-stop shop,
 * specialists, department heads and leaders, each within the agencies their grants reach (an agency, or it and its
 * subordinates); a system administrator reaches all.
 */
@Component
class ReportScope {

    static final Set<Role> READERS = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_HEAD,
            Role.LEADER, Role.SYSTEM_ADMIN);

    private final CurrentUser currentUser;
    private final OrganizationDirectory directory;

    ReportScope(CurrentUser currentUser, OrganizationDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The agencies the current user may report on; 403 when none. */
    AgencyScope current() {
        var user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (!READERS.contains(grant.role())) {
                continue;
            }
            if (grant.role() == Role.SYSTEM_ADMIN || grant.scope() == ScopeKind.ALL) {
                return AgencyScope.ALL;
            }
            if (grant.agency() == null) {
                continue;
            }
            if (grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES) {
                agencies.addAll(directory.agencyWithSubordinates(grant.agency()));
            } else {
                agencies.add(grant.agency());
            }
        }
        if (agencies.isEmpty()) {
            throw new AccessDeniedException("no one-stop reporting role");
        }
        return AgencyScope.of(agencies);
    }
}
