package vn.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the reception queue or the at-risk list. */
public record ReceptionQueueItem(String code, String procedureCode, String procedureName, String applicantName,
                                 SubmissionChannel channel, DossierState state, Instant receivedAt,
                                 LocalDate appointmentDate, Instant dueAt, boolean atRisk) {
}
