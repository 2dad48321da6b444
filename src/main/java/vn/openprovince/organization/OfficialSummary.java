package vn.openprovince.organization;

import java.util.UUID;

/** An official (cán bộ, công chức) with their current position. */
public record OfficialSummary(UUID id, String fullName, String position, AgencyId agencyId, String agencyName,
                              UUID departmentId, String departmentName) {
}
