package vn.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Thời hạn giải quyết thay đổi: one row was appended to the dossier's clock ledger (started, paused, resumed,
 * extended, stopped), with the due time and appointment in force after it; for the national portal (NgayHenTra)
 * and the registers.
 *
 * @param remaining     working time left after the event, {@code null} if unknown
 * @param remainingUnit {@code WORKING_DAYS} or {@code WORKING_MINUTES}
 */
public record DossierClockChanged(DossierId dossierId, String code, ClockEntryKind kind, PauseKind pauseKind,
                                  Instant at, String actor, String reason, Instant dueAt, LocalDate appointmentDate,
                                  Integer remaining, String remainingUnit) {
}
