package vn.openprovince.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** Phòng, ban: a unit inside an agency. */
@Entity
@Table(name = "department")
class Department {

    @Id
    private UUID id;
    @Column(name = "agency_id")
    private UUID agencyId;
    private String name;
    private String abbreviation;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected Department() {
    }

    Department(UUID agencyId, String name, String abbreviation, LocalDate validFrom) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.name = name.strip();
        this.abbreviation = abbreviation.strip();
        this.validFrom = validFrom;
    }

    void close(LocalDate on) {
        this.validTo = on;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }

    String abbreviation() {
        return abbreviation;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
