package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * Văn bản trong hồ sơ: a link from a file to an incoming or outgoing document (never a copy), with
 * its order number DocOrdinal. The document's date is kept on the link to order the file.
 */
@Entity
@Table(name = "record_file_document")
class RecordFileDocument {

    /** Chronological order of the documents' dates; same date: by registration or issue time, then link. */
    static final Comparator<RecordFileDocument> CHRONOLOGICAL = Comparator.comparing(RecordFileDocument::documentDate)
            .thenComparing(RecordFileDocument::documentAt)
            .thenComparing(RecordFileDocument::linkedAt)
            .thenComparing(RecordFileDocument::id);

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false)
    private FiledDocumentKind documentKind;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;
    @Column(name = "document_at", nullable = false)
    private Instant documentAt;
    @Column(name = "doc_ordinal", nullable = false)
    private int docOrdinal;
    @Column(name = "linked_by_name")
    private String linkedByName;
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected RecordFileDocument() {
    }

    RecordFileDocument(FiledDocumentKind kind, UUID documentId, LocalDate documentDate, Instant documentAt,
                       String linkedByName, Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.documentKind = kind;
        this.documentId = documentId;
        this.documentDate = documentDate;
        this.documentAt = documentAt;
        this.linkedByName = linkedByName;
        this.linkedAt = linkedAt;
    }

    void numbered(int ordinal) {
        this.docOrdinal = ordinal;
    }

    UUID id() {
        return id;
    }

    FiledDocumentKind documentKind() {
        return documentKind;
    }

    UUID documentId() {
        return documentId;
    }

    LocalDate documentDate() {
        return documentDate;
    }

    Instant documentAt() {
        return documentAt;
    }

    int docOrdinal() {
        return docOrdinal;
    }

    String linkedByName() {
        return linkedByName;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
