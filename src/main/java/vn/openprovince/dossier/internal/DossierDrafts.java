package vn.openprovince.dossier.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierDrafts extends JpaRepository<DossierDraft, UUID> {

    Optional<DossierDraft> findByApplicantAccountIdAndProcedureCode(UUID applicantAccountId, String procedureCode);

    java.util.List<DossierDraft> findByApplicantAccountIdOrderByUpdatedAtDesc(UUID applicantAccountId,
                                                                              org.springframework.data.domain.Limit limit);
}
