package vn.openprovince.dossier.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProcedureSteps extends JpaRepository<ProcedureStep, UUID> {

    List<ProcedureStep> findByProcedureCodeOrderByPosition(String procedureCode);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from ProcedureStep s where s.procedureCode = :code")
    void deleteByProcedureCode(String code);
}
