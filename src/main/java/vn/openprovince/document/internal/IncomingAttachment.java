package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Phụ lục: a further file of an incoming document beyond its main PDF (an annex sent as a separate
 * file), numbered in the order it was added; the content is a {@link StoredFile}, kept once.
 */
@Entity
@Table(name = "incoming_attachment")
class IncomingAttachment {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(nullable = false)
    private int ordinal;
    @Column(name = "file_id", nullable = false)
    private UUID fileId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    private Integer pages;
    @Column(name = "uploaded_by_name")
    private String uploadedByName;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected IncomingAttachment() {
    }

    IncomingAttachment(UUID documentId, int ordinal, StoredFile file, String fileName, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.ordinal = ordinal;
        this.fileId = file.id();
        this.fileName = fileName;
        this.mediaType = file.mediaType();
        this.pages = file.pages();
        this.uploadedByName = by.name();
        this.uploadedAt = now;
    }

    UUID id() { return id; }
    UUID documentId() { return documentId; }
    int ordinal() { return ordinal; }
    UUID fileId() { return fileId; }
    String fileName() { return fileName; }
    String mediaType() { return mediaType; }
    Integer pages() { return pages; }
    String uploadedByName() { return uploadedByName; }
    Instant uploadedAt() { return uploadedAt; }
}
