package vn.openprovince.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Online submission and tracking for the signed-in citizen or business, and the public status look-up. */
public interface OnlineSubmissions {

    /**
     * Checks and files a dossier for the signed-in citizen: procedure online, e-form valid, required
     * components present, files of allowed types; then code, reception time, {@link DossierSubmitted}.
     */
    SubmissionReceipt submit(OnlineSubmission submission);

    /** State and appointment date only, for anyone who has the code. */
    Optional<DossierStatus> status(String code);

    /** The signed-in citizen's dossiers, newest first (at most 100). */
    List<DossierView> mine();

    /** One of the signed-in citizen's dossiers. */
    Optional<DossierView> mine(String code);

    Optional<Draft> draft(String procedureCode);

    /** The signed-in citizen's saved drafts, latest first (at most 20). */
    List<Draft> drafts();

    /**
     * Saves the draft of the signed-in citizen.
     *
     * @param basedOnVersion the version the citizen was editing, {@code null} for a first save; a different
     *                       one gives {@link DossierError#DOSSIER_DRAFT_CHANGED}
     */
    Draft saveDraft(String procedureCode, Map<String, Object> data, Long basedOnVersion);

    /** The national state of an internal state, per the configured mapping. */
    int nationalState(DossierState state);
}
