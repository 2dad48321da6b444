package vn.openprovince.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.openprovince.catalog.EFormField;
import vn.openprovince.catalog.EFormFieldType;

/** Trường biểu mẫu điện tử: one field of a procedure's e-form as stored; choices separated by '|'. */
@Entity
@Table(name = "eform_field")
class EFormFieldDefinition {

    @Id
    private UUID id;
    @Column(name = "procedure_code")
    private String procedureCode;
    private int seq;
    private String name;
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type")
    private EFormFieldType type;
    private boolean required;
    private String choices;

    protected EFormFieldDefinition() {
    }

    EFormFieldDefinition(String procedureCode, int seq, EFormField field) {
        this.id = UUID.randomUUID();
        this.procedureCode = procedureCode;
        this.seq = seq;
        this.name = field.name();
        this.label = field.label();
        this.type = field.type();
        this.required = field.required();
        this.choices = field.choices().isEmpty() ? null : String.join("|", field.choices());
    }

    EFormField view() {
        return new EFormField(name, label, type, required, choices == null ? List.of() : Arrays.asList(choices.split("\\|")));
    }
}
