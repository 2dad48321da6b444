package vn.openprovince.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.openprovince.catalog.ProcedureField;

/** Lĩnh vực: reference data of the catalogue, loaded by the migration. */
@Entity
@Table(name = "procedure_field")
class CatalogField {

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;

    protected CatalogField() {
    }

    ProcedureField field() {
        return new ProcedureField(code, name, nameEn);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }
}
