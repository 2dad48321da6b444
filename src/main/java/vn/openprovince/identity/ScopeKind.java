package vn.openprovince.identity;

/** Phạm vi: how far a role granted at an agency reaches. */
public enum ScopeKind {
    /** The agency only. */
    AGENCY,
    /** The agency and every agency below it (e.g. a province's leadership over its communes). */
    AGENCY_AND_SUBORDINATES,
    /** Every agency of the platform. */
    ALL
}
