package vn.openprovince.calendar.internal;

import java.util.Optional;
import java.util.UUID;
import vn.openprovince.calendar.WorkingHours;

/** Where the working calendar reads stored working hours from: the database, or a map in a test. */
@FunctionalInterface
interface WorkingHoursSource {

    /** The stored hours of an agency, or of the province when {@code agencyId} is {@code null}. */
    Optional<WorkingHours> find(UUID agencyId);
}
