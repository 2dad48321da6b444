package vn.openprovince.document.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearches extends JpaRepository<SavedSearch, UUID> {

    List<SavedSearch> findByOfficialIdOrderByCreatedAtDesc(UUID officialId);

    Optional<SavedSearch> findByIdAndOfficialId(UUID id, UUID officialId);

    long countByOfficialId(UUID officialId);
}
