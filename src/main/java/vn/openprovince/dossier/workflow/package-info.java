/**
 * Quy trình xử lý nội bộ: the competent agency's processing of an accepted dossier on the Flowable engine
 * (one BPMN process per procedure, generated from a step table or uploaded), its user tasks, due times,
 * warnings and escalations, and the hand-overs recorded on the process-control slip (Form 06). Internal to
 * the dossier module: reception talks to it through {@link vn.openprovince.dossier.workflow.DossierWorkflows}
 * and the events of this package.
 */
package vn.openprovince.dossier.workflow;
