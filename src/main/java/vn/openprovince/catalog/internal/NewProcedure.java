package vn.openprovince.catalog.internal;

import java.util.UUID;

/** Input to register a procedure: its code, who manages it, and the first version's content. */
public record NewProcedure(String code, UUID managingAgencyId, boolean codeVerified, boolean sampleData,
                           ProcedureContent content) {
}
