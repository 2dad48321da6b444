package vn.openprovince.dossier;

/**
 * Trạng thái hồ sơ: the internal state of a dossier. Each maps to a national portal state (DOMAIN §3.6)
 * through the configurable table {@code dossier_state_mapping}; only SUBMITTED is reached by this module
 * today, the others are the seam for reception and processing.
 */
public enum DossierState {
    /** Mới đăng ký: submitted online, waiting to be received (national 1). */
    SUBMITTED,
    /** Được tiếp nhận (2). */
    ACCEPTED,
    /** Không được tiếp nhận (3). */
    REFUSED,
    /** Đang xử lý (4). */
    PROCESSING,
    /** Yêu cầu bổ sung giấy tờ (5). */
    SUPPLEMENT_REQUESTED,
    /** Yêu cầu thực hiện nghĩa vụ tài chính (6). */
    PAYMENT_REQUESTED,
    /** Công dân yêu cầu rút hồ sơ (7). */
    WITHDRAWAL_REQUESTED,
    /** Dừng xử lý (8). */
    STOPPED,
    /** Đã xử lý xong (9). */
    RESULT_READY,
    /** Đã trả kết quả (10). */
    RESULT_RETURNED
}
