package vn.openprovince.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.organization.VietnameseText;

/** Đơn vị hành chính: a province, district or commune with its official statistical code. */
@Entity
@Table(name = "administrative_unit")
class AdministrativeUnit {

    @Id
    private UUID id;
    private String code;
    private String name;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "type_name")
    private String typeName;
    @Column(name = "level_code")
    private String levelCode;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "successor_id")
    private UUID successorId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    AdministrativeUnit(String code, String name, String typeName, String levelCode, UUID parentId,
                       LocalDate validFrom) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.levelCode = levelCode;
        this.parentId = parentId;
        this.validFrom = validFrom;
        rename(name, typeName);
    }

    void rename(String name, String typeName) {
        this.name = name.strip();
        this.typeName = typeName.strip();
        this.searchText = VietnameseText.fold(name);
    }

    /** Ends the unit's validity (e.g. merged away), pointing to the unit that succeeds it. */
    void dissolve(LocalDate on, UUID successor) {
        this.validTo = on;
        this.successorId = successor;
    }

    boolean isCurrent(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String typeName() {
        return typeName;
    }

    String levelCode() {
        return levelCode;
    }

    UUID parentId() {
        return parentId;
    }

    UUID successorId() {
        return successorId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
