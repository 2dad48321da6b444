package vn.openprovince.document;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Văn bản thay thế: an issued document with content errors was replaced by a new document of
 * equivalent form, issued just now; the replaced one is frozen with its metadata kept.
 */
public record DocumentReplaced(UUID replacedDocumentId, UUID replacementDocumentId, AgencyId agencyId,
                               String replacedEdxmlDocumentId, String replacementEdxmlDocumentId,
                               Instant replacedAt) {
}
