package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Phiên bản dự thảo: one file of an outgoing document; kind DRAFT, SIGNED or ISSUED. */
@Entity
@Table(name = "outgoing_version")
class OutgoingVersion {

    @Id
    private UUID id;
    @Column(nullable = false)
    private int ordinal;
    @Column(nullable = false)
    private String kind;
    @Column(name = "file_id", nullable = false)
    private UUID fileId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "uploaded_by_name")
    private String uploadedByName;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected OutgoingVersion() {
    }

    OutgoingVersion(int ordinal, String kind, StoredFile file, String fileName, String uploadedByName, Instant now) {
        this.id = UUID.randomUUID();
        this.ordinal = ordinal;
        this.kind = kind;
        this.fileId = file.id();
        this.fileName = fileName;
        this.mediaType = file.mediaType();
        this.uploadedByName = uploadedByName;
        this.uploadedAt = now;
    }

    int ordinal() {
        return ordinal;
    }

    String kind() {
        return kind;
    }

    UUID fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    String uploadedByName() {
        return uploadedByName;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    boolean isPdf() {
        return InspectedFile.PDF.equals(mediaType);
    }
}
