package vn.openprovince.document.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingAttachments extends JpaRepository<IncomingAttachment, UUID> {

    List<IncomingAttachment> findByDocumentIdOrderByOrdinal(UUID documentId);

    Optional<IncomingAttachment> findByIdAndDocumentId(UUID id, UUID documentId);

    long countByDocumentId(UUID documentId);
}
