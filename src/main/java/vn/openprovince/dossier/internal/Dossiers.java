package vn.openprovince.dossier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Dossiers extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByApplicantAccountIdAndIdempotencyKey(UUID applicantAccountId, String idempotencyKey);

    List<Dossier> findByApplicantAccountIdOrderBySubmittedAtDesc(UUID applicantAccountId, Limit limit);
}
