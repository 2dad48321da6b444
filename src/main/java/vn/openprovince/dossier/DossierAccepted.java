package vn.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.organization.AgencyId;

/**
 * Hồ sơ được tiếp nhận: an officer accepted the dossier (Form 01 issued) and the legal clock started; the
 * competent agency's internal process starts from here.
 *
 * @param dueAt           the end of the legal processing time, as computed at acceptance
 * @param appointmentDate the appointment date on the receipt (the local date of {@code dueAt})
 */
public record DossierAccepted(DossierId dossierId, String code, ProcedureVersionId procedureVersionId,
                              String procedureCode, AgencyId receivingAgency, AgencyId competentAgency,
                              String acceptedBy, Instant acceptedAt, Instant dueAt, LocalDate appointmentDate) {
}
