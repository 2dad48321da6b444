package vn.openprovince.rating;

import java.time.Instant;

/** Đánh giá của công dân về một hồ sơ: one rating, given once. */
public record Rating(String dossierCode, Score overall, Score timeliness, Score staffAttitude, int contacts,
                     String comment, Instant ratedAt) {
}
