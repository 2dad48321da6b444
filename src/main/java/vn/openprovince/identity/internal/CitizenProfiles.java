package vn.openprovince.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenProfiles extends JpaRepository<CitizenProfile, UUID> {

    boolean existsByEmail(String email);

    boolean existsByPhone(String phone);

    List<CitizenProfile> findByCitizenId(String citizenId);
}
