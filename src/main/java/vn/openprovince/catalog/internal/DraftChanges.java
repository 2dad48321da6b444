package vn.openprovince.catalog.internal;

import java.util.UUID;

/** Input to write a procedure's draft version, with the procedure-level settings edited alongside. */
public record DraftChanges(UUID managingAgencyId, boolean codeVerified, ProcedureContent content) {
}
