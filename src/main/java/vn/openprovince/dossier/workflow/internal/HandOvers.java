package vn.openprovince.dossier.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandOvers extends JpaRepository<HandOver, UUID> {

    List<HandOver> findByDossierCodeOrderByHandedAt(String dossierCode);

    List<HandOver> findByDossierIdOrderByHandedAt(UUID dossierId);

    List<HandOver> findByNextTaskId(String nextTaskId);
}
