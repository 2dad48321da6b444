package vn.openprovince.rating.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.rating.Rating;
import vn.openprovince.rating.Score;

/** Đánh giá hồ sơ: one applicant's rating of one dossier; the dossier code is unique, so it is given once. */
@Entity
@Table(name = "dossier_rating")
class DossierRating {

    @Id
    private UUID id;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "receiving_agency_id")
    private UUID receivingAgencyId;
    @Column(name = "competent_agency_id")
    private UUID competentAgencyId;
    private int overall;
    private int timeliness;
    @Column(name = "staff_attitude")
    private int staffAttitude;
    private int contacts;
    private String comment;
    @Column(name = "rated_at")
    private Instant ratedAt;

    protected DossierRating() {
    }

    DossierRating(String dossierCode, UUID accountId, String procedureCode, UUID receivingAgencyId,
                  UUID competentAgencyId, Score overall, Score timeliness, Score staffAttitude, int contacts,
                  String comment, Instant ratedAt) {
        this.id = UUID.randomUUID();
        this.dossierCode = dossierCode;
        this.accountId = accountId;
        this.procedureCode = procedureCode;
        this.receivingAgencyId = receivingAgencyId;
        this.competentAgencyId = competentAgencyId;
        this.overall = overall.value();
        this.timeliness = timeliness.value();
        this.staffAttitude = staffAttitude.value();
        this.contacts = contacts;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    Rating view() {
        return new Rating(dossierCode, Score.of(overall, "overall"), Score.of(timeliness, "timeliness"),
                Score.of(staffAttitude, "staffAttitude"), contacts, comment, ratedAt);
    }
}
