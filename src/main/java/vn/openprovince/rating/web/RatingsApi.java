package vn.openprovince.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.rating.AgencySatisfaction;
import vn.openprovince.rating.Rating;
import vn.openprovince.rating.RatingBasis;
import vn.openprovince.rating.RatingError;
import vn.openprovince.rating.RatingException;
import vn.openprovince.rating.RatingForm;
import vn.openprovince.rating.Ratings;

/** The applicant's rating of a dossier, and the satisfaction aggregates per agency for dashboards. */
@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Ratings", description = "Đánh giá mức độ hài lòng: one rating per dossier, aggregates per agency")
class RatingsApi {

    private final Ratings ratings;

    RatingsApi(Ratings ratings) {
        this.ratings = ratings;
    }

    /** Scores 1 (rất không hài lòng) to 5 (rất hài lòng); contacts 0–50; comment up to 1,000 characters. */
    record NewRating(String dossierCode, Integer overall, Integer timeliness, Integer staffAttitude, Integer contacts,
                     String comment) {
    }

    @PostMapping
    @Operation(summary = "Rate the signed-in applicant's dossier (once, when its result is ready or returned)",
            description = "Scores: 1 rất không hài lòng, 2 không hài lòng, 3 bình thường, 4 hài lòng, 5 rất hài lòng. "
                    + "A second rating is 409 RATING_ALREADY_RATED; a dossier without its result is 409 RATING_NOT_READY.")
    ResponseEntity<Rating> rate(@RequestBody NewRating body) {
        if (body.dossierCode() == null || body.dossierCode().isBlank()) {
            throw new RatingException(RatingError.RATING_UNKNOWN_DOSSIER, "");
        }
        var rating = ratings.rate(body.dossierCode(), new RatingForm(body.overall(), body.timeliness(),
                body.staffAttitude(), body.contacts(), body.comment()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/ratings/" + rating.dossierCode()).body(rating);
    }

    @GetMapping("/aggregates")
    @Operation(summary = "Satisfaction per agency over a period (officials; agencies in their scope)",
            description = "Counts, average scores, the share of overall scores 4–5 and the average number of contacts, "
                    + "for ratings given from 'from' to 'to' inclusive (Vietnam days), per competent or receiving agency.")
    List<AgencySatisfaction> aggregates(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "COMPETENT (default) or RECEIVING") @RequestParam(defaultValue = "COMPETENT")
            RatingBasis basis) {
        return ratings.byAgency(from, to, basis);
    }

    @GetMapping("/{code}")
    @Operation(summary = "The signed-in applicant's rating of their dossier")
    Rating one(@PathVariable String code) {
        return ratings.ofDossier(code).orElseThrow(() -> new RatingException(RatingError.RATING_UNKNOWN_DOSSIER, code));
    }
}
