package vn.openprovince.dossier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.openprovince.dossier.DossierState;

interface Dossiers extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByApplicantAccountIdAndIdempotencyKey(UUID applicantAccountId, String idempotencyKey);

    List<Dossier> findByApplicantAccountIdOrderBySubmittedAtDesc(UUID applicantAccountId, Limit limit);

    /** The reception queue: dossiers in a state at the given centres, oldest reception first. */
    Page<Dossier> findByReceivingAgencyIdInAndStateOrderByReceivedAtAsc(Collection<UUID> centres, DossierState state,
                                                                         Pageable page);

    Page<Dossier> findByStateOrderByReceivedAtAsc(DossierState state, Pageable page);

    /** Running clocks due by {@code limit}, at agencies (receiving or competent) in scope; soonest first. */
    @Query("select d from Dossier d where d.clockStatus = vn.openprovince.dossier.internal.Dossier.ClockStatus.RUNNING "
            + "and d.dueAt <= :limit and (:all = true or d.receivingAgencyId in :agencies or d.competentAgencyId in :agencies) "
            + "order by d.dueAt")
    Page<Dossier> dueBy(Instant limit, boolean all, Collection<UUID> agencies, Pageable page);
}
