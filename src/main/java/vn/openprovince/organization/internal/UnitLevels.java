package vn.openprovince.organization.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitLevels extends JpaRepository<UnitLevel, String> {
}
