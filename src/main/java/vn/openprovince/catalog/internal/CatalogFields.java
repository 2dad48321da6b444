package vn.openprovince.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogFields extends JpaRepository<CatalogField, String> {
}
