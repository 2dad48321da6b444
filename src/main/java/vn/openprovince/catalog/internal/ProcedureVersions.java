package vn.openprovince.catalog.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcedureVersions extends JpaRepository<ProcedureVersion, UUID> {

    /** Whether a published or superseded version offers the template (drafts' files are not public yet). */
    @Query(value = "select count(*) from procedure_component c join procedure_version v on v.id = c.version_id "
            + "where c.template_id = :templateId and v.status <> 'DRAFT'", nativeQuery = true)
    long countPublishedUsesOfTemplate(UUID templateId);
}
