/** The dossiers API: online submission by citizens and the public status look-up. */
package vn.openprovince.dossier.web;
