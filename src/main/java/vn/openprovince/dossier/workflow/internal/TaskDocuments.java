package vn.openprovince.dossier.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDocuments extends JpaRepository<TaskDocument, UUID> {

    List<TaskDocument> findByProcessInstanceIdOrderByUploadedAt(String processInstanceId);
}
