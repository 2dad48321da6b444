package vn.openprovince.rating;

/**
 * Phiếu đánh giá: the short form, from DOMAIN §6.2's twelve criteria reduced to what the issue asks — overall
 * service (1), timeliness of processing and return (3), staff attitude (4), each 1–5; the number of contacts or
 * visits needed to complete the dossier (7); an optional comment.
 *
 * @param contacts how many times the applicant had to contact or visit the agency, 0–50
 */
public record RatingForm(Integer overall, Integer timeliness, Integer staffAttitude, Integer contacts, String comment) {
}
