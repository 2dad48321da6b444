package vn.openprovince.catalog.internal;

/** Trạng thái phiên bản: a draft is edited; once published it never changes, and a newer one supersedes it. */
enum VersionStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
