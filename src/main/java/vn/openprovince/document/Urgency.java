package vn.openprovince.document;

/** Độ khẩn (Decree 30 Art. 8; Appendix VI Priority). */
public enum Urgency {
    /** Thường. */
    NORMAL,
    /** Khẩn. */
    URGENT,
    /** Thượng khẩn. */
    VERY_URGENT,
    /** Hỏa tốc. */
    FLASH,
    /** Hỏa tốc hẹn giờ. */
    FLASH_TIMED;

    /** Khẩn and above must be registered and passed on immediately (Decree 30 Art. 5). */
    public boolean isUrgent() {
        return this != NORMAL;
    }
}
