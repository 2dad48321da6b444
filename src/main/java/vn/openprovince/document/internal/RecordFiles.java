package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecordFiles extends JpaRepository<RecordFile, UUID> {

    List<RecordFile> findByAgencyIdAndFileCatalogOrderByFileNotation(UUID agencyId, int fileCatalog);

    boolean existsByAgencyIdAndFileCatalogAndFileNotation(UUID agencyId, int fileCatalog, String fileNotation);

    List<RecordFile> findByStatusAndTransferDueLessThanEqualOrderByTransferDue(RecordFileStatus status, LocalDate due);

    /** The files a document is linked into. */
    @Query("select f from RecordFile f join f.documents d where d.documentKind = ?1 and d.documentId = ?2")
    List<RecordFile> findContaining(FiledDocumentKind kind, UUID documentId);
}
