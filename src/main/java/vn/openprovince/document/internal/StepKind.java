package vn.openprovince.document.internal;

/** What a step of the processing tree is. */
public enum StepKind {
    /** Chuyển lãnh đạo khác: the leader passed the document to another leader. */
    FORWARD,
    /** Đơn vị chủ trì. */
    LEAD,
    /** Đơn vị phối hợp. */
    SUPPORT,
    /** Đơn vị nhận để biết. */
    INFO,
    /** Giao chuyên viên xử lý. */
    ASSIGNMENT;

    boolean isDepartment() {
        return this == LEAD || this == SUPPORT || this == INFO;
    }
}
