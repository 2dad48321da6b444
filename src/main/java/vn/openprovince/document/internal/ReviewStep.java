package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Bước duyệt: one reviewer in the chain of a submission round (trưởng phòng, then lãnh đạo). */
@Entity
@Table(name = "review_step")
class ReviewStep {

    @Id
    private UUID id;
    @Column(name = "review_round", nullable = false)
    private int round;
    @Column(nullable = false)
    private int ordinal;
    @Column(name = "reviewer_official_id", nullable = false)
    private UUID reviewerOfficialId;
    @Column(name = "reviewer_name")
    private String reviewerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;
    @Column(name = "review_comment", length = 2000)
    private String comment;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected ReviewStep() {
    }

    /** @param parallel all reviewers of the round give their opinion at once, instead of one after the other */
    ReviewStep(int round, int ordinal, UUID reviewerOfficialId, String reviewerName, boolean parallel) {
        this.id = UUID.randomUUID();
        this.round = round;
        this.ordinal = ordinal;
        this.reviewerOfficialId = reviewerOfficialId;
        this.reviewerName = reviewerName;
        this.status = ordinal == 1 || parallel ? ReviewStatus.PENDING : ReviewStatus.WAITING;
    }

    void decide(ReviewStatus decision, String comment, Instant now) {
        this.status = decision;
        this.comment = comment;
        this.decidedAt = now;
    }

    void comment(String comment) {
        this.comment = this.comment == null ? comment : this.comment + "\n" + comment;
    }

    void open() {
        this.status = ReviewStatus.PENDING;
    }

    void skip() {
        this.status = ReviewStatus.SKIPPED;
    }

    UUID id() {
        return id;
    }

    int round() {
        return round;
    }

    int ordinal() {
        return ordinal;
    }

    UUID reviewerOfficialId() {
        return reviewerOfficialId;
    }

    String reviewerName() {
        return reviewerName;
    }

    ReviewStatus status() {
        return status;
    }

    String comment() {
        return comment;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
