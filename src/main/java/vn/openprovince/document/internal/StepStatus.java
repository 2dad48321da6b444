package vn.openprovince.document.internal;

/** Trạng thái xử lý of a step. */
public enum StepStatus {
    /** Chờ xử lý. */
    PENDING,
    /** Đang xử lý. */
    IN_PROGRESS,
    /** Đã hoàn thành. */
    DONE,
    /** Nhận để biết: nothing to do. */
    FOR_INFORMATION
}
