package vn.openprovince.document;

import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/** Giao xử lý: a department head assigned a document to a specialist (edXML status 05). */
public record ProcessingAssigned(UUID documentId, AgencyId agencyId, UUID stepId, UUID departmentId,
                                 UUID assigneeOfficialId, LocalDate deadline) {
}
