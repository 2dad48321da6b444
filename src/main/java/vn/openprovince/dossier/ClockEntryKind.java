package vn.openprovince.dossier;

/** What happened to a dossier's legal clock (thời hạn giải quyết); one ledger row each. */
public enum ClockEntryKind {
    /** Bắt đầu tính: accepted, counting from the official reception time. */
    STARTED,
    /** Tạm dừng: a supplement was requested or a financial obligation is pending. */
    PAUSED,
    /** Tính tiếp: the supplement came in or the obligation was met; the due time recomputed from what was left. */
    RESUMED,
    /** Gia hạn: the apology and new appointment (Form 04), once only. */
    EXTENDED,
    /** Kết thúc: processing finished (result ready) or stopped (Form 05). */
    STOPPED
}
