package vn.openprovince.dossier.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Escalations extends JpaRepository<Escalation, UUID> {

    List<Escalation> findByTaskIdIn(Collection<String> taskIds);

    long countByProcessInstanceId(String processInstanceId);

    boolean existsByTaskIdAndKind(String taskId, Escalation.Kind kind);
}
