package vn.openprovince.calendar.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.calendar.WorkingHours;

/** Reads working hours from {@code working_hours}. */
@Component
class StoredWorkingHours implements WorkingHoursSource {

    private final WorkingHoursEntries entries;

    StoredWorkingHours(WorkingHoursEntries entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkingHours> find(UUID agencyId) {
        var entry = agencyId == null ? entries.findByAgencyIdIsNull() : entries.findByAgencyId(agencyId);
        return entry.map(WorkingHoursEntry::toWorkingHours);
    }
}
