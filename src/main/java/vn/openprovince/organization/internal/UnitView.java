package vn.openprovince.organization.internal;

import java.time.LocalDate;

/** An administrative unit as the API and pages show it. */
public record UnitView(String code, String name, String type, String level, String parentCode,
                       LocalDate validFrom, LocalDate validTo) {
}
