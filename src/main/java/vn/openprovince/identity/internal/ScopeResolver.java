package vn.openprovince.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AccessScopes;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.organization.OrganizationPermission;

/** Turns the current principal's grants into agency scopes. */
@Service
class ScopeResolver implements AccessScopes, CurrentUser {

    private final OrganizationDirectory directory;

    ScopeResolver(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AgencyScope scopeFor(OrganizationPermission permission) {
        return scope(grant -> Permissions.grants(grant.role(), permission));
    }

    AgencyScope scopeFor(String permission) {
        return scope(grant -> Permissions.grants(grant.role(), permission));
    }

    /** The union of the scopes of the grants that carry a permission; a system administrator reaches all. */
    private AgencyScope scope(Predicate<Grant> carriesPermission) {
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : currentGrants()) {
            if (!carriesPermission.test(grant)) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL || grant.role() == Role.SYSTEM_ADMIN) {
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
        return AgencyScope.of(agencies);
    }

    @Override
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var official = principal.officialId() == null ? Optional.<vn.openprovince.organization.OfficialSummary>empty()
                    : directory.official(principal.officialId());
            return Optional.of(new SignedInUser(principal.accountId(), principal.getUsername(), principal.displayName(),
                    principal.officialId(), official.map(o -> o.position()).orElse(null),
                    official.map(o -> o.agencyId()).orElse(null), official.map(o -> o.agencyName()).orElse(null),
                    principal.grants()));
        }
        return Optional.empty();
    }

    private static List<Grant> currentGrants() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.grants();
        }
        if (authentication instanceof ApiClientPrincipal client) {
            return List.of(client.grant());
        }
        return List.of();
    }
}
