package vn.openprovince.document.internal;

/** Trạng thái hồ sơ: in the year's plan, opened by the official handling the matter, or closed. */
public enum RecordFileStatus {
    /** In the file plan (danh mục hồ sơ), not yet opened. */
    PLANNED,
    /** Opened (mở hồ sơ): documents attach. */
    OPEN,
    /** Closed (kết thúc hồ sơ): end date set, due for transfer to the agency archive within a year. */
    CLOSED
}
