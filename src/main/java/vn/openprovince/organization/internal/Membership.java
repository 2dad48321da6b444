package vn.openprovince.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** Công tác: an official's position in an agency (and department) for a period. */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;
    @Column(name = "official_id", insertable = false, updatable = false)
    private UUID officialId;
    @Column(name = "agency_id")
    private UUID agencyId;
    @Column(name = "department_id")
    private UUID departmentId;
    private String position;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected Membership() {
    }

    Membership(UUID agencyId, UUID departmentId, String position, LocalDate validFrom) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.departmentId = departmentId;
        this.position = position.strip();
        this.validFrom = validFrom;
    }

    boolean isCurrent() {
        return validTo == null;
    }

    void end(LocalDate on) {
        this.validTo = on;
    }

    void change(UUID departmentId, String position) {
        this.departmentId = departmentId;
        this.position = position.strip();
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID departmentId() {
        return departmentId;
    }

    String position() {
        return position;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
