/** The work queue and workflow set-up on the API and the officers' pages. */
package vn.openprovince.dossier.workflow.web;
