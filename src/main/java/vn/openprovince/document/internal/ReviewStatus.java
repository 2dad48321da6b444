package vn.openprovince.document.internal;

/** Trạng thái of one reviewer's step. */
public enum ReviewStatus {
    /** Chờ đến lượt. */
    WAITING,
    /** Đang chờ ý kiến. */
    PENDING,
    /** Đồng ý. */
    APPROVED,
    /** Trả lại. */
    RETURNED,
    /** Bỏ qua: the round ended (returned) before this reviewer's turn. */
    SKIPPED
}
