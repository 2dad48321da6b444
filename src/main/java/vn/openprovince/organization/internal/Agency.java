package vn.openprovince.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.VietnameseText;

/** Cơ quan: a body of the state apparatus that holds documents and dossiers. */
@Entity
@Table(name = "agency")
class Agency {

    @Id
    private UUID id;
    private String name;
    @Column(name = "search_text")
    private String searchText;
    private String abbreviation;
    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "identifier_code")
    private String identifierCode;
    @Column(name = "identifier_provisional")
    private boolean identifierProvisional;
    @Column(name = "sharing_code")
    private String sharingCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected Agency() {
    }

    Agency(String name, String abbreviation, AgencyKind kind, UUID unitId, UUID parentId, IdentifierCode identifier,
           boolean identifierProvisional, LocalDate validFrom) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.unitId = unitId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        describe(name, abbreviation);
        assignIdentifier(identifier, identifierProvisional);
    }

    void describe(String name, String abbreviation) {
        this.name = name.strip();
        this.abbreviation = abbreviation.strip();
        this.searchText = VietnameseText.fold(name + " " + abbreviation);
    }

    void assignIdentifier(IdentifierCode code, boolean provisional) {
        this.identifierCode = code.value();
        this.identifierProvisional = provisional;
    }

    void assignSharingCode(SharingCode code) {
        this.sharingCode = code == null ? null : code.value();
    }

    AgencySummary summary(String unitCode) {
        return new AgencySummary(new AgencyId(id), name, abbreviation, identifierCode, identifierProvisional,
                unitCode, parentId == null ? null : new AgencyId(parentId));
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String abbreviation() {
        return abbreviation;
    }

    AgencyKind kind() {
        return kind;
    }

    UUID unitId() {
        return unitId;
    }

    UUID parentId() {
        return parentId;
    }

    String identifierCode() {
        return identifierCode;
    }

    boolean identifierProvisional() {
        return identifierProvisional;
    }

    String sharingCode() {
        return sharingCode;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
