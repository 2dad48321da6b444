package vn.openprovince.identity;

import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * The person using the platform now, as the shell and other modules show them.
 *
 * @param accountId their account, which their in-app notices are filed under
 */
public record SignedInUser(UUID accountId, String username, String displayName, UUID officialId, String position,
                           AgencyId agencyId, String agencyName, List<Grant> grants) {

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** Whether this is a citizen or business account (portal only, never officials' pages). */
    public boolean citizen() {
        return has(Role.CITIZEN);
    }
}
