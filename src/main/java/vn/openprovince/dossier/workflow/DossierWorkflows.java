package vn.openprovince.dossier.workflow;

import java.util.List;
import vn.openprovince.dossier.DossierId;

/** What reception needs from the processing side: the steps of a dossier, for its officer view. */
public interface DossierWorkflows {

    /** The dossier's processing steps in order: done ones, the current ones, none planned beyond. */
    List<WorkflowStep> steps(DossierId dossier);
}
