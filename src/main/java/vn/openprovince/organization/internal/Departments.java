package vn.openprovince.organization.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Departments extends JpaRepository<Department, UUID> {

    List<Department> findByAgencyIdAndValidToIsNullOrderByName(UUID agencyId);
}
