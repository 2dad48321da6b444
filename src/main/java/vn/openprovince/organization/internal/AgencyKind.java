package vn.openprovince.organization.internal;

/** Loại cơ quan. */
enum AgencyKind {
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Văn phòng Ủy ban nhân dân. */
    OFFICE,
    /** Sở, ban, ngành. */
    SPECIALISED_DEPARTMENT,
    /** Trung tâm Phục vụ hành chính công. */
    SERVICE_CENTRE,
    /** Other bodies. */
    OTHER
}
