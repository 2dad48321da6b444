package vn.openprovince.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.FormTemplateId;

/** Thành phần hồ sơ as stored in a version. */
@Embeddable
class ComponentLine {

    private String name;
    private boolean required;
    private int originals;
    private int copies;
    @Column(name = "template_id")
    private UUID templateId;
    @Column(name = "template_name")
    private String templateName;
    @Column(name = "replaced_by_eform")
    private boolean replacedByEform;

    protected ComponentLine() {
    }

    ComponentLine(DossierComponent component) {
        this.name = component.name().strip();
        this.required = component.required();
        this.originals = component.originals();
        this.copies = component.copies();
        this.templateId = component.template() == null ? null : component.template().value();
        this.templateName = component.templateName();
        this.replacedByEform = component.replacedByEForm();
    }

    DossierComponent component() {
        return new DossierComponent(name, required, originals, copies,
                templateId == null ? null : new FormTemplateId(templateId), templateName, replacedByEform);
    }
}
