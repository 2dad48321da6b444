package vn.openprovince.document.internal;

import java.util.UUID;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;

/**
 * The signed-in official as the document rules see them: where they are clerk or leader, their
 * department, and whether they head it.
 */
record Viewer(UUID officialId, String name, AgencyId agencyId, UUID departmentId, AgencyScope clerkOf,
              AgencyScope leaderOf, boolean departmentHead, boolean specialist) {

    Actor actor() {
        return new Actor(officialId, name, departmentId);
    }

    boolean isClerkOf(UUID agency) {
        return clerkOf.includes(new AgencyId(agency));
    }

    boolean isLeaderOf(UUID agency) {
        return leaderOf.includes(new AgencyId(agency));
    }
}
