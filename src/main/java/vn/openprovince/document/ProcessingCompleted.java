package vn.openprovince.document;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Hoàn thành xử lý: a specialist completed an assignment (edXML status 06 when the whole document is done).
 *
 * @param documentCompleted whether the lead unit's work, and so the document, is done
 * @param replyDocumentId   the outgoing reply, if one was named
 */
public record ProcessingCompleted(UUID documentId, AgencyId agencyId, UUID stepId, boolean documentCompleted,
                                  UUID replyDocumentId, Instant completedAt) {
}
