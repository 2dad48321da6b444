package vn.openprovince.document.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface IncomingDocuments extends JpaRepository<IncomingDocument, UUID>, JpaSpecificationExecutor<IncomingDocument> {

    List<IncomingDocument> findTop5ByAgencyIdAndDuplicateKeyOrderByArrivedAtDesc(UUID agencyId, String duplicateKey);

    /** Waiting for a leader's direction: forwarded to this leader, or not yet taken by any, in agencies in scope. */
    @Query("""
            select d from IncomingDocument d where d.status = vn.openprovince.document.internal.IncomingStatus.REGISTERED
            and (d.leaderOfficialId = :leader or (d.leaderOfficialId is null and d.agencyId in :agencies))
            order by d.arrivedAt""")
    List<IncomingDocument> awaitingDirection(UUID leader, Collection<UUID> agencies);

    @Query("""
            select distinct d from IncomingDocument d join d.steps s
            where s.kind in :kinds and s.status in :open and (s.assigneeOfficialId = :official or s.departmentId = :department)
            order by d.arrivedAt""")
    List<IncomingDocument> withOpenSteps(UUID official, UUID department, Collection<StepKind> kinds,
                                         Collection<StepStatus> open);
}
