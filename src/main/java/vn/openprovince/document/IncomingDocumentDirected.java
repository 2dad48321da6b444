package vn.openprovince.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Văn bản đến đã được chỉ đạo: the leader named the lead unit (chủ trì), supporting units (phối
 * hợp) and units for information, or forwarded the document to another leader (edXML status 04).
 *
 * @param forwardedToOfficialId the leader it was forwarded to, or {@code null} for a direction
 */
public record IncomingDocumentDirected(UUID documentId, AgencyId agencyId, UUID directedByOfficialId,
                                       UUID leadDepartmentId, List<UUID> supportDepartmentIds,
                                       List<UUID> infoDepartmentIds, UUID forwardedToOfficialId, Instant directedAt) {
}
