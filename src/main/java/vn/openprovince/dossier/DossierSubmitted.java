package vn.openprovince.dossier;

import java.time.Instant;
import java.util.UUID;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.organization.AgencyId;

/**
 * Hồ sơ đã nộp: a dossier passed the automatic completeness check and got its code; the one-stop shop
 * takes it into its reception queue.
 *
 * @param receivedAt the official reception time (Decree 45/2020: outside working hours, the next working day)
 */
public record DossierSubmitted(DossierId dossierId, String code, ProcedureVersionId procedureVersionId,
                               String procedureCode, UUID applicantAccountId, AgencyId receivingAgency,
                               AgencyId competentAgency, SubmissionChannel channel, Instant receivedAt) {
}
