package vn.openprovince.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClients extends JpaRepository<ApiClient, UUID> {

    Optional<ApiClient> findByTokenHashAndEnabledTrue(String tokenHash);

    Page<ApiClient> findAllByOrderByCreatedAtDesc(Pageable page);
}
