package vn.openprovince.dossier.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.SubmissionChannel;

/** One dossier's milestones as the statistics read them from its history. */
final class DossierFacts {

    final UUID id;
    final UUID competentAgencyId;
    final String procedureCode;
    final String procedureName;
    final SubmissionChannel channel;
    final LocalDate appointmentDate;
    final List<Instant> supplementRequests = new ArrayList<>();
    Instant acceptedAt;
    Instant resultReadyAt;
    Instant refusedAt;
    /** The first moment the dossier left processing: result ready or returned, refused, stopped. */
    Instant finishedAt;

    DossierFacts(UUID id, UUID competentAgencyId, String procedureCode, String procedureName, SubmissionChannel channel,
                 LocalDate appointmentDate) {
        this.id = id;
        this.competentAgencyId = competentAgencyId;
        this.procedureCode = procedureCode;
        this.procedureName = procedureName;
        this.channel = channel;
        this.appointmentDate = appointmentDate;
    }

    /** Folds one history entry in (entries come in order). */
    void entered(DossierState state, Instant at) {
        switch (state) {
            case ACCEPTED -> acceptedAt = acceptedAt == null ? at : acceptedAt;
            case SUPPLEMENT_REQUESTED -> supplementRequests.add(at);
            case RESULT_READY -> {
                resultReadyAt = resultReadyAt == null ? at : resultReadyAt;
                finishedAt = finishedAt == null ? at : finishedAt;
            }
            case REFUSED -> {
                refusedAt = refusedAt == null ? at : refusedAt;
                finishedAt = finishedAt == null ? at : finishedAt;
            }
            case RESULT_RETURNED, STOPPED -> finishedAt = finishedAt == null ? at : finishedAt;
            default -> {
            }
        }
    }
}
