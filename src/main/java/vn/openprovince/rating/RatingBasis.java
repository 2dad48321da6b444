package vn.openprovince.rating;

/** Which agency a dossier's rating counts for. */
public enum RatingBasis {
    /** Cơ quan giải quyết: the competent agency that resolved it (the default). */
    COMPETENT,
    /** Nơi tiếp nhận: the one-stop centre that received and returned it. */
    RECEIVING
}
