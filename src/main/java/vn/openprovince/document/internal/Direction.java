package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A leader's direction, with department names resolved: one lead unit, supporting units, units for information. */
record Direction(Unit lead, List<Unit> support, List<Unit> info) {

    record Unit(UUID departmentId, String departmentName, LocalDate deadline, String instruction) {
    }
}
