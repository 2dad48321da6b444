/** The dossier aggregate, its code sequence, file checks, form checks, drafts and the submission use case. */
package vn.openprovince.dossier.internal;
