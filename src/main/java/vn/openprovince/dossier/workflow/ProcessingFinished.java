package vn.openprovince.dossier.workflow;

import java.time.Instant;
import vn.openprovince.dossier.DossierId;

/**
 * Xử lý xong: the last step of the dossier's process was completed (the competent leader's approval, or a
 * refusal to grant); reception and results take it from here.
 *
 * @param approved whether the result is granted ({@code false}: the applicant gets a written refusal)
 */
public record ProcessingFinished(DossierId dossierId, String code, boolean approved, String decidedBy, Instant at,
                                 String note) {
}
