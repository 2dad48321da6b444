package vn.openprovince.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * Hồ sơ chuyển trạng thái: published on every state change, including the first (submission), so the
 * applicant is notified and the national portal can be synchronised.
 *
 * @param from {@code null} for the first state
 */
public record DossierStateChanged(DossierId dossierId, String code, DossierState from, DossierState to,
                                  int nationalState, UUID applicantAccountId, Instant at) {
}
