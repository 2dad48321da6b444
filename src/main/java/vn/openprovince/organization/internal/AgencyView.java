package vn.openprovince.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An agency as lists and pages show it. */
public record AgencyView(UUID id, String name, String abbreviation, String kind, String unitCode, String unitName,
                         UUID parentId, String identifierCode, boolean identifierProvisional, String sharingCode,
                         LocalDate validFrom, LocalDate validTo) {
}
