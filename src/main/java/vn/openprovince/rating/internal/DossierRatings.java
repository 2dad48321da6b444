package vn.openprovince.rating.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRatings extends JpaRepository<DossierRating, UUID> {

    Optional<DossierRating> findByDossierCode(String dossierCode);

    boolean existsByDossierCode(String dossierCode);
}
