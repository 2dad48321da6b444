package vn.openprovince.rating;

/**
 * Mức độ hài lòng on the five-step scale the portals use, stored as 1–5 so averages and the "satisfied" share
 * (4 and 5) are plain arithmetic.
 */
public enum Score {
    /** Rất không hài lòng. */
    VERY_DISSATISFIED(1),
    /** Không hài lòng. */
    DISSATISFIED(2),
    /** Bình thường. */
    NEUTRAL(3),
    /** Hài lòng. */
    SATISFIED(4),
    /** Rất hài lòng. */
    VERY_SATISFIED(5);

    private final int value;

    Score(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The score of a value 1–5; anything else is {@link RatingError#RATING_INVALID_SCORE} for that field. */
    public static Score of(Integer value, String field) {
        if (value != null) {
            for (Score score : values()) {
                if (score.value == value) {
                    return score;
                }
            }
        }
        throw RatingException.about(RatingError.RATING_INVALID_SCORE, field);
    }
}
