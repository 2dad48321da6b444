package vn.openprovince.dossier;

import java.time.LocalDate;

/**
 * What anyone may know of a dossier from its code (public look-up): its state and appointment date,
 * nothing personal.
 *
 * @param appointmentDate the date the result is due (ngày hẹn trả), set when the dossier is accepted;
 *                        {@code null} until then
 */
public record DossierStatus(String code, DossierState state, LocalDate appointmentDate) {
}
