package vn.openprovince.dossier.workflow.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Tài liệu xử lý: a working document an officer attached to a step. */
@Entity
@Table(name = "workflow_task_document")
class TaskDocument {

    @Id
    private UUID id;
    private String taskId;
    private String processInstanceId;
    private UUID dossierId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected TaskDocument() {
    }

    TaskDocument(String taskId, String processInstanceId, UUID dossierId, String fileName, String contentType,
                 byte[] content, String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.dossierId = dossierId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    UUID id() { return id; }
    String taskId() { return taskId; }
    String processInstanceId() { return processInstanceId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    byte[] content() { return content; }
    String uploadedBy() { return uploadedBy; }
    Instant uploadedAt() { return uploadedAt; }
}
