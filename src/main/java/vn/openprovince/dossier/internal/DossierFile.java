package vn.openprovince.dossier.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Tệp thành phần hồ sơ: one uploaded file of a component, its type detected from the content. */
@Entity
@Table(name = "dossier_file")
class DossierFile {

    @Id
    private UUID id;
    private int component;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    /** When a supplement replaced this file; {@code null} while it is the current one. */
    @Column(name = "superseded_at")
    private java.time.Instant supersededAt;

    protected DossierFile() {
    }

    DossierFile(CheckedFile file) {
        this.id = UUID.randomUUID();
        this.component = file.component();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
    }

    UUID id() {
        return id;
    }

    boolean current() {
        return supersededAt == null;
    }

    java.time.Instant supersededAt() {
        return supersededAt;
    }

    void supersede(java.time.Instant at) {
        this.supersededAt = at;
    }

    byte[] content() {
        return content;
    }

    int component() {
        return component;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }
}
