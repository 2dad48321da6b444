package vn.openprovince.dossier.workflow.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureProcesses extends JpaRepository<ProcedureProcess, String> {
}
