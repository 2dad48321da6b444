package vn.openprovince.catalog.internal;

import vn.openprovince.catalog.OnlineService;

/** A procedure in the administrators' list, published or not. */
public record ProcedureRow(String code, boolean codeStandard, boolean codeVerified, String name, String fieldName,
                           String levelCode, String managingAgencyName, OnlineService onlineService,
                           boolean published, boolean hasDraft, boolean sampleData) {
}
