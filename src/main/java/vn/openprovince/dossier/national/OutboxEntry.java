package vn.openprovince.dossier.national;

import java.time.Instant;
import java.util.UUID;

/**
 * One call waiting for, or made to, the national portal.
 *
 * @param service {@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}
 */
public record OutboxEntry(UUID id, long seq, UUID dossierId, String dossierCode, String service, int nationalState,
                          OutboxState state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                          Instant sentAt) {
}
