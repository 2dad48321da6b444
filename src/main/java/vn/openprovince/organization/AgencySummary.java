package vn.openprovince.organization;

/**
 * What other modules need to know of an agency (cơ quan).
 *
 * @param identifierCode         the QCVN 102:2016 identifier (mã định danh)
 * @param identifierProvisional  whether the identifier is a provisional one awaiting the official list
 */
public record AgencySummary(AgencyId id, String name, String abbreviation, String identifierCode,
                            boolean identifierProvisional, String unitCode, AgencyId parentId) {
}
