package vn.openprovince.catalog.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormTemplateFiles extends JpaRepository<FormTemplateFile, UUID> {
}
