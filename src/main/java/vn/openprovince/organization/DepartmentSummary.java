package vn.openprovince.organization;

import java.util.UUID;

/** What other modules need to know of a department (phòng, ban) of an agency. */
public record DepartmentSummary(UUID id, AgencyId agencyId, String name, String abbreviation) {
}
