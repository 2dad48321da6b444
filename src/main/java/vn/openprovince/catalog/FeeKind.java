package vn.openprovince.catalog;

/** Loại phí: a charge (lệ phí, for the state service) or a fee (phí, for a service rendered). */
public enum FeeKind {
    LE_PHI,
    PHI
}
