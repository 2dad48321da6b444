package vn.openprovince.dossier.internal;

import java.util.List;
import java.util.UUID;

/** A checked online submission, ready to become a dossier. */
record Submission(UUID procedureVersionId, String procedureCode, String procedureName, UUID applicantAccountId,
                  String applicantKind, String applicantName, String applicantData, UUID receivingAgencyId,
                  UUID competentAgencyId, String formData, String idempotencyKey, List<CheckedFile> files) {
}
