package vn.openprovince.organization;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agencies a user may act on for one permission: either all of them, or an explicit set
 * (an agency, possibly with its subordinate agencies).
 */
public record AgencyScope(boolean all, Set<AgencyId> agencies) {

    public static final AgencyScope NONE = new AgencyScope(false, Set.of());
    public static final AgencyScope ALL = new AgencyScope(true, Set.of());

    public AgencyScope {
        agencies = Set.copyOf(agencies);
    }

    public static AgencyScope of(Set<AgencyId> agencies) {
        return new AgencyScope(false, agencies);
    }

    public boolean includes(AgencyId agency) {
        return all || agencies.contains(agency);
    }

    public boolean isEmpty() {
        return !all && agencies.isEmpty();
    }

    /** Throws {@link AccessDeniedException} (HTTP 403) unless the agency is in scope. */
    public void require(AgencyId agency) {
        if (!includes(agency)) {
            throw new AccessDeniedException("agency " + agency + " is outside the user's scope");
        }
    }

    public Set<UUID> agencyUuids() {
        return agencies.stream().map(AgencyId::value).collect(Collectors.toUnmodifiableSet());
    }
}
