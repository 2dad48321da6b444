package vn.openprovince.dossier;

/** Why the legal clock is paused (DOMAIN §9). */
public enum PauseKind {
    /** Yêu cầu bổ sung, hoàn thiện hồ sơ (Form 02). */
    SUPPLEMENT,
    /** Yêu cầu thực hiện nghĩa vụ tài chính. */
    FINANCIAL_OBLIGATION
}
