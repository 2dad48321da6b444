package vn.openprovince.calendar.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The stored working hours, at most one row per agency and one for the province. */
interface WorkingHoursEntries extends Repository<WorkingHoursEntry, UUID> {

    Optional<WorkingHoursEntry> findByAgencyId(UUID agencyId);

    Optional<WorkingHoursEntry> findByAgencyIdIsNull();
}
