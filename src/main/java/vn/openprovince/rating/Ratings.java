package vn.openprovince.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Đánh giá mức độ hài lòng: the applicant's rating of a dossier, and the aggregates per agency. */
public interface Ratings {

    /**
     * Rates the signed-in applicant's dossier, once, when its result is ready or returned (RESULT_READY,
     * RESULT_RETURNED). Publishes {@link DossierRated}.
     */
    Rating rate(String dossierCode, RatingForm form);

    /** The signed-in applicant's rating of their dossier, if given. */
    Optional<Rating> ofDossier(String dossierCode);

    /** Whether the signed-in applicant may rate this dossier now (theirs, result ready or returned, not rated yet). */
    boolean canRate(String dossierCode);

    /**
     * The aggregates of the agencies in the signed-in official's scope (system administrators: all; leaders, agency
     * administrators and one-stop officers: their grants' agencies), for ratings given from {@code from} to
     * {@code to} inclusive (Asia/Ho_Chi_Minh days), most rated first.
     */
    List<AgencySatisfaction> byAgency(LocalDate from, LocalDate to, RatingBasis basis);
}
