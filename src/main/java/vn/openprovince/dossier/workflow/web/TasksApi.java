package vn.openprovince.dossier.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.dossier.workflow.Decision;
import vn.openprovince.dossier.workflow.TaskView;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.dossier.workflow.internal.WorkQueue;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;

/** The officers' work queue on the API: their tasks and the tasks of their role and agency groups. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Công việc xử lý hồ sơ: the processing steps of accepted dossiers")
class TasksApi {

    /** The body of a completion: {@code APPROVE}, {@code RETURN} (to the previous step) or {@code REFUSE}. */
    record CompleteRequest(String decision, String note) {
    }

    private final WorkQueue queue;
    private final CurrentUser currentUser;

    TasksApi(WorkQueue queue, CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Tasks: with mine=true those I hold, otherwise those my role and agency groups may take")
    Page<TaskView> list(@RequestParam(defaultValue = "false") boolean mine,
                        @PageableDefault(size = 20) Pageable page) {
        SignedInUser user = officer();
        return mine ? queue.mine(user, page) : queue.claimable(user, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task in my scope")
    TaskView get(@PathVariable String id) {
        return queue.task(officer(), id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a task of my groups (409 if another officer holds it)")
    TaskView claim(@PathVariable String id) {
        return queue.claim(officer(), id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete a task with a decision and a note (409 if another officer holds it)")
    WorkQueue.Completion complete(@PathVariable String id, @RequestBody CompleteRequest request) {
        return queue.complete(officer(), id, decision(request == null ? null : request.decision()),
                request == null ? null : request.note());
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a working document (at most 5 MB) to a task I hold or may take")
    ResponseEntity<WorkQueue.DocumentInfo> attach(@PathVariable String id, @RequestPart("file") MultipartFile file) {
        try {
            return ResponseEntity.status(201).body(queue.attach(officer(), id, file.getOriginalFilename(),
                    file.getContentType(), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The working documents of the task's dossier")
    List<WorkQueue.DocumentInfo> documents(@PathVariable String id) {
        return queue.documents(officer(), id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a working document")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable UUID documentId) {
        var document = queue.document(officer(), id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(document.content());
    }

    static Decision decision(String text) {
        try {
            return text == null ? null : Decision.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.onField("decision", WorkflowError.WORKFLOW_DECISION_INVALID, text);
        }
    }

    private SignedInUser officer() {
        return currentUser.get().filter(user -> user.officialId() != null)
                .orElseThrow(() -> new AccessDeniedException("officials only"));
    }
}
