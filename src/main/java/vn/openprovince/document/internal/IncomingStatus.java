package vn.openprovince.document.internal;

/** Trạng thái văn bản đến. */
public enum IncomingStatus {
    /** Đã vào sổ, chờ lãnh đạo chỉ đạo. */
    REGISTERED,
    /** Đã chỉ đạo, đang xử lý. */
    IN_PROCESSING,
    /** Đã hoàn thành xử lý. */
    COMPLETED
}
