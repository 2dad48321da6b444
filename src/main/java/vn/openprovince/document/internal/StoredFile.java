package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Tệp lưu trữ: stored content addressed by its SHA-256, with the text found in it. */
@Entity
@Table(name = "document_file")
class StoredFile {

    @Id
    private UUID id;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    private Integer pages;
    @Column(name = "has_text", nullable = false)
    private boolean hasText;
    @Column(name = "text_content", length = 1_000_000)
    private String textContent;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(InspectedFile file, Instant now) {
        this.id = UUID.randomUUID();
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.pages = file.pages();
        this.hasText = file.hasText();
        this.textContent = file.text();
        this.content = file.content();
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String mediaType() {
        return mediaType;
    }

    byte[] content() {
        return content;
    }

    String text() {
        return textContent == null ? "" : textContent;
    }

    boolean hasText() {
        return hasText;
    }

    Integer pages() {
        return pages;
    }
}
