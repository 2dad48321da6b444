package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordFiles extends JpaRepository<RecordFile, UUID> {

    List<RecordFile> findByAgencyIdAndFileCatalogOrderByFileNotation(UUID agencyId, int fileCatalog);

    boolean existsByAgencyIdAndFileCatalogAndFileNotation(UUID agencyId, int fileCatalog, String fileNotation);

    List<RecordFile> findByStatusAndTransferDueLessThanEqualOrderByTransferDue(RecordFileStatus status, LocalDate due);
}
