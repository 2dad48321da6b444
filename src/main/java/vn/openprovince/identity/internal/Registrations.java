package vn.openprovince.identity.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Registrations extends JpaRepository<Registration, UUID> {
}
