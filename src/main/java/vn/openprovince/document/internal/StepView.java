package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One node of the processing tree: who directed or assigned what to whom, when, and its status. */
public record StepView(UUID id, UUID parentId, StepKind kind, UUID departmentId, String departmentName,
                       UUID assigneeId, String assigneeName, String assignedBy, String instruction,
                       LocalDate deadline, StepStatus status, Instant createdAt, Instant completedAt, String result,
                       UUID replyDocumentId, List<NoteView> notes, int depth) {

    public record NoteView(String author, String note, Instant writtenAt) {
    }
}
