package vn.openprovince.dossier.workflow;

import java.time.Instant;
import vn.openprovince.dossier.DossierId;

/** Bắt đầu xử lý: the dossier's process started and its first step waits for the competent agency. */
public record ProcessingStarted(DossierId dossierId, String code, String processDefinitionKey, Instant at) {
}
