package vn.openprovince.rating;

import org.springframework.http.HttpStatus;

/** Error codes of the rating module; each has a localised message {@code error.<CODE>}. */
public enum RatingError {
    RATING_NOT_A_CITIZEN(HttpStatus.FORBIDDEN, "applicant"),
    RATING_UNKNOWN_DOSSIER(HttpStatus.NOT_FOUND, "dossierCode"),
    RATING_NOT_READY(HttpStatus.CONFLICT, "dossierCode"),
    RATING_ALREADY_RATED(HttpStatus.CONFLICT, "dossierCode"),
    RATING_INVALID_SCORE(HttpStatus.UNPROCESSABLE_CONTENT, "score"),
    RATING_INVALID_CONTACTS(HttpStatus.UNPROCESSABLE_CONTENT, "contacts"),
    RATING_COMMENT_TOO_LONG(HttpStatus.UNPROCESSABLE_CONTENT, "comment"),
    RATING_INVALID_PERIOD(HttpStatus.BAD_REQUEST, "period"),
    RATING_NOT_AN_OFFICIAL(HttpStatus.FORBIDDEN, "agency");

    private final HttpStatus status;
    private final String field;

    RatingError(HttpStatus status, String field) {
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
