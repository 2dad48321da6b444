package vn.openprovince.catalog;

import vn.openprovince.organization.AgencyId;

/**
 * A published procedure in lists: enough to choose it.
 *
 * @param level       a unit level code ({@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE})
 * @param sampleData  whether this is demonstration data, not the province's official catalogue
 */
public record ProcedureSummary(ProcedureId id, ProcedureVersionId versionId, String code, String name,
                               String fieldCode, String fieldName, String level, AgencyId managingAgency,
                               OnlineService onlineService, ProcessingTime processingTime, boolean sampleData) {
}
