package vn.openprovince.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.UUID;
import vn.openprovince.calendar.WorkingHours;

/** Stored working hours of one agency, or of the province when the agency is {@code null}. */
@Entity
@Table(name = "working_hours")
class WorkingHoursEntry {

    @Id
    private UUID id;

    @Column(name = "agency_id", unique = true)
    private UUID agencyId;

    @Column(name = "morning_start", nullable = false)
    private LocalTime morningStart;

    @Column(name = "morning_end", nullable = false)
    private LocalTime morningEnd;

    @Column(name = "afternoon_start", nullable = false)
    private LocalTime afternoonStart;

    @Column(name = "afternoon_end", nullable = false)
    private LocalTime afternoonEnd;

    @Version
    private Long version;

    protected WorkingHoursEntry() {
        // for JPA
    }

    WorkingHours toWorkingHours() {
        return new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }
}
