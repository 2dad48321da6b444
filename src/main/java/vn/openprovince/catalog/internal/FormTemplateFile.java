package vn.openprovince.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.catalog.FormTemplate;
import vn.openprovince.catalog.FormTemplateId;

/** Mẫu đơn, tờ khai: a form template file offered for download with a dossier component. */
@Entity
@Table(name = "form_template")
class FormTemplateFile {

    @Id
    private UUID id;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected FormTemplateFile() {
    }

    FormTemplateFile(String fileName, String contentType, byte[] content, String sha256, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    FormTemplate template() {
        return new FormTemplate(new FormTemplateId(id), fileName, contentType, content.clone());
    }

    UUID id() {
        return id;
    }

    String fileName() {
        return fileName;
    }
}
