package vn.openprovince.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Cấp hành chính: a level of administrative units, kept as data because levels change (2025). */
@Entity
@Table(name = "unit_level")
class UnitLevel {

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "rank")
    private int rank;
    @Column(name = "abolished_on")
    private LocalDate abolishedOn;

    protected UnitLevel() {
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String nameEn() {
        return nameEn;
    }

    int rank() {
        return rank;
    }

    LocalDate abolishedOn() {
        return abolishedOn;
    }
}
