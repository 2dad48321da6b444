package vn.openprovince.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, UUID> {

    Optional<AdministrativeUnit> findByCode(String code);

    List<AdministrativeUnit> findByParentIdOrderByCode(UUID parentId);

    List<AdministrativeUnit> findByParentIdIsNullOrderByCode();
}
