/**
 * The processing workflows on the Flowable engine: step tables and their generated BPMN, uploads, the
 * officers' work queue, step due times, timers and the hand-overs of Form 06.
 */
package vn.openprovince.dossier.workflow.internal;
