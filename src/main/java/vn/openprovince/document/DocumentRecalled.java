package vn.openprovince.document;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/** Thu hồi văn bản: an issued document was recalled; it is frozen with its metadata kept. */
public record DocumentRecalled(UUID documentId, AgencyId agencyId, String edxmlDocumentId, String reason,
                               Instant recalledAt) {
}
