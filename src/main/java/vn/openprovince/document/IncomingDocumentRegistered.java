package vn.openprovince.document;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Văn bản đến đã vào sổ: the receiving agency registered a document (edXML status 03 for the sender).
 *
 * @param issuerCode the sender's identifier code (mã định danh), when known
 */
public record IncomingDocumentRegistered(UUID documentId, AgencyId agencyId, int arrivalYear, int arrivalNumber,
                                         String issuerName, String issuerCode, String numberAndSymbol,
                                         Urgency urgency, Instant arrivedAt) {
}
