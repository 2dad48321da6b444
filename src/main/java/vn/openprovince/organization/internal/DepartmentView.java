package vn.openprovince.organization.internal;

import java.util.UUID;

/** A department as lists show it. */
public record DepartmentView(UUID id, UUID agencyId, String name, String abbreviation) {
}
