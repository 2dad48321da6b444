package vn.openprovince.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/** A stored entry of the official yearly schedule: one per date. */
@Entity
@Table(name = "schedule_day")
class ScheduleEntry {

    @Id
    private UUID id;

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScheduleDayKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private Long version;

    protected ScheduleEntry() {
        // for JPA
    }

    ScheduleEntry(LocalDate date, ScheduleDayKind kind, String name) {
        this.id = UUID.randomUUID();
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    UUID id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    ScheduleDay toScheduleDay() {
        return new ScheduleDay(id, date, kind, name);
    }

    /** How the audit trail describes this entry. */
    String describe() {
        return "%s %s: %s".formatted(date, kind, name);
    }
}
