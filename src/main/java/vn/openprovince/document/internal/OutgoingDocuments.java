package vn.openprovince.document.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OutgoingDocuments extends JpaRepository<OutgoingDocument, UUID>, JpaSpecificationExecutor<OutgoingDocument> {

    List<OutgoingDocument> findTop50ByDrafterOfficialIdOrderByCreatedAtDesc(UUID drafter);

    @Query("""
            select distinct d from OutgoingDocument d join d.reviews r
            where d.status = vn.openprovince.document.internal.OutgoingStatus.IN_REVIEW
            and r.reviewerOfficialId = :official and r.status = vn.openprovince.document.internal.ReviewStatus.PENDING
            order by d.createdAt""")
    List<OutgoingDocument> awaitingReviewBy(UUID official);

    @Query("""
            select d from OutgoingDocument d where d.drafterOfficialId = :official
            and d.status in (vn.openprovince.document.internal.OutgoingStatus.RETURNED,
                             vn.openprovince.document.internal.OutgoingStatus.DRAFT)
            order by d.createdAt""")
    List<OutgoingDocument> draftsOf(UUID official);

    @Query("""
            select d from OutgoingDocument d where d.agencyId in :agencies
            and d.status in (vn.openprovince.document.internal.OutgoingStatus.APPROVED,
                             vn.openprovince.document.internal.OutgoingStatus.SIGNED)
            order by d.createdAt""")
    List<OutgoingDocument> readyToIssue(Collection<UUID> agencies);

    /** Issued to agencies in scope and not yet registered there: the clerks' "to register" queue. */
    @Query("""
            select d from OutgoingDocument d join d.recipients r
            where d.status = vn.openprovince.document.internal.OutgoingStatus.ISSUED
            and r.agencyId in :agencies and r.incomingId is null order by d.issuedAt""")
    List<OutgoingDocument> toRegisterBy(Collection<UUID> agencies);
}
