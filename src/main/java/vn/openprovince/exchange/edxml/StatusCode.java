package vn.openprovince.exchange.edxml;

import java.util.Arrays;
import java.util.Optional;

/** Mã trạng thái of QĐ 28 / QCVN 102 status messages (DOMAIN §2.5). */
public enum StatusCode {
    /** Đã đến. */
    ARRIVED("01", 1),
    /** Từ chối tiếp nhận. */
    REJECTED("02", 9),
    /** Đã tiếp nhận, vào sổ. */
    REGISTERED("03", 3),
    /** Phân công. */
    ASSIGNED("04", 4),
    /** Đang xử lý. */
    PROCESSING("05", 5),
    /** Hoàn thành. */
    DONE("06", 6),
    /** Yêu cầu lấy lại. */
    RECALL_REQUESTED("13", 2),
    /** Đồng ý lấy lại / cập nhật. */
    RECALL_ACCEPTED("15", 7),
    /** Từ chối lấy lại / cập nhật. */
    RECALL_REFUSED("16", 7);

    private final String code;
    private final int rank;

    StatusCode(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    public String code() {
        return code;
    }

    /** Progress order: a status of lower rank arriving late never replaces one of higher rank. */
    public int rank() {
        return rank;
    }

    public static Optional<StatusCode> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
