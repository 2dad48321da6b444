package vn.openprovince.document.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFiles extends JpaRepository<StoredFile, UUID> {

    Optional<StoredFile> findBySha256(String sha256);
}
