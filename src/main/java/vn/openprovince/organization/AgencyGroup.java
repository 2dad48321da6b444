package vn.openprovince.organization;

/**
 * Nhóm nơi nhận: a whole group of this platform's agencies a document can be sent to at once
 * (e.g. every commune People's Committee of the province).
 */
public enum AgencyGroup {
    /** Tất cả UBND cấp xã. */
    COMMUNE_COMMITTEES,
    /** Tất cả UBND cấp huyện. */
    DISTRICT_COMMITTEES,
    /** Tất cả sở, ban, ngành. */
    DEPARTMENTS
}
