package vn.openprovince.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An official as lists and pages show them. */
public record OfficialView(UUID id, String fullName, String email, String phone, String position, UUID agencyId,
                           String agencyName, UUID departmentId, String departmentName, LocalDate since) {
}
