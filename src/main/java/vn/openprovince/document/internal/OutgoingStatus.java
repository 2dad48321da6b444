package vn.openprovince.document.internal;

/** Trạng thái văn bản đi. */
public enum OutgoingStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đang trình duyệt. */
    IN_REVIEW,
    /** Trả lại để chỉnh sửa. */
    RETURNED,
    /** Đã duyệt, chờ ký. */
    APPROVED,
    /** Đã ký số. */
    SIGNED,
    /** Đã ban hành. */
    ISSUED,
    /** Đã thu hồi. */
    RECALLED,
    /** Đã được thay thế bằng văn bản khác (frozen like a recalled one, metadata kept). */
    REPLACED
}
