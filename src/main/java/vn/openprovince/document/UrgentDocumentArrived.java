package vn.openprovince.document;

import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/** Văn bản khẩn đến: an urgent document was registered; the agency's leaders must see it at once. */
public record UrgentDocumentArrived(UUID documentId, AgencyId agencyId, Urgency urgency, String summary) {
}
