package vn.openprovince.identity.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMembers extends JpaRepository<StaffMember, UUID> {

    Optional<StaffMember> findByStaffAccountId(UUID staffAccountId);

    Optional<StaffMember> findByRegistrationId(UUID registrationId);

    Page<StaffMember> findByBusinessAccountIdOrderByAddedAtDesc(UUID businessAccountId, Pageable page);

    boolean existsByContactAndStateIn(String contact, Collection<StaffMember.State> states);
}
