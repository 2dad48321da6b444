package vn.openprovince.dossier.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierResultRecords extends JpaRepository<DossierResult, UUID> {

    Optional<DossierResult> findByDossierId(UUID dossierId);

    Optional<DossierResult> findByVerificationCode(String verificationCode);
}
