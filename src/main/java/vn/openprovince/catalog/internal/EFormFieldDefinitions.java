package vn.openprovince.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EFormFieldDefinitions extends JpaRepository<EFormFieldDefinition, UUID> {

    List<EFormFieldDefinition> findByProcedureCodeOrderBySeq(String procedureCode);

    boolean existsByProcedureCode(String procedureCode);
}
