package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/**
 * Phụ lục of incoming documents: the clerk adds further files to a registered document, each
 * checked like the main PDF before anything is stored; whoever may see the document lists and
 * downloads them, and every addition and download is audited.
 */
@Service
public class IncomingAttachmentService {

    /** A document with more annexes than this is better registered as several documents. */
    static final int MAX_PER_DOCUMENT = 30;

    private final IncomingDocuments documents;
    private final IncomingAttachments attachments;
    private final StoredFiles files;
    private final FileInspector inspector;
    private final DocumentAccess access;
    private final AuditTrail audit;

    IncomingAttachmentService(IncomingDocuments documents, IncomingAttachments attachments, StoredFiles files,
                              FileInspector inspector, DocumentAccess access, AuditTrail audit) {
        this.documents = documents;
        this.attachments = attachments;
        this.files = files;
        this.inspector = inspector;
        this.access = access;
        this.audit = audit;
    }

    /** Adds a PDF annex (clerk of the receiving agency). */
    @Transactional
    public AttachmentView add(UUID documentId, String fileName, byte[] content) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, documentId);
        if (!viewer.isClerkOf(document.agencyId())) {
            throw new DocumentException(DocumentError.DOC_NOT_A_CLERK);
        }
        if (document.isRecalled()) {
            throw new DocumentException(DocumentError.DOC_RECALLED);
        }
        InspectedFile file = inspector.pdf(fileName, content);
        if (attachments.countByDocumentId(documentId) >= MAX_PER_DOCUMENT) {
            throw new DocumentException(DocumentError.DOC_TOO_MANY_ATTACHMENTS, MAX_PER_DOCUMENT);
        }
        Instant now = Instant.now();
        StoredFile stored = files.findBySha256(file.sha256()).orElseGet(() -> files.save(new StoredFile(file, now)));
        int ordinal = attachments.findByDocumentIdOrderByOrdinal(documentId).stream()
                .mapToInt(IncomingAttachment::ordinal).max().orElse(0) + 1;
        var attachment = attachments.save(new IncomingAttachment(documentId, ordinal, stored, file.fileName(),
                viewer.actor(), now));
        audit.record("incoming.attachment-added", "IncomingDocument", documentId, document.agencyId(),
                "phụ lục %d: %s".formatted(ordinal, file.fileName()));
        return view(attachment);
    }

    /** The annexes of a document the caller may see; none once its content was recalled. */
    @Transactional(readOnly = true)
    public List<AttachmentView> list(UUID documentId) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, documentId);
        if (document.isRecalled()) {
            return List.of();
        }
        return attachments.findByDocumentIdOrderByOrdinal(documentId).stream().map(IncomingAttachmentService::view)
                .toList();
    }

    /** One annex as uploaded; the download is audited. */
    @Transactional
    public FileDownload download(UUID documentId, UUID attachmentId) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, documentId);
        if (document.isRecalled()) {
            throw new DocumentException(DocumentError.DOC_RECALLED);
        }
        var attachment = attachments.findByIdAndDocumentId(attachmentId, documentId)
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_ATTACHMENT));
        var file = files.findById(attachment.fileId()).orElseThrow();
        audit.record("incoming.attachment-downloaded", "IncomingDocument", documentId, document.agencyId(),
                "phụ lục %d: %s".formatted(attachment.ordinal(), attachment.fileName()));
        return new FileDownload(attachment.fileName(), file.mediaType(), file.content());
    }

    /** Whether the caller may add annexes to the document; for the page's upload form. */
    @Transactional(readOnly = true)
    public boolean mayAdd(UUID documentId) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, documentId);
        return viewer.isClerkOf(document.agencyId()) && !document.isRecalled();
    }

    private IncomingDocument visible(Viewer viewer, UUID id) {
        var document = documents.findById(id)
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        access.requireSee(viewer, document);
        return document;
    }

    private static AttachmentView view(IncomingAttachment a) {
        return new AttachmentView(a.id(), a.documentId(), a.ordinal(), a.fileName(), a.mediaType(), a.pages(),
                a.uploadedByName(), a.uploadedAt());
    }
}
