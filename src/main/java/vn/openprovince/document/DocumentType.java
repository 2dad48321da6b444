package vn.openprovince.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/**
 * Loại văn bản hành chính: the 29 types of Decree 30/2020 Art. 7 with their Appendix III
 * abbreviations, which are case-sensitive (QyĐ, CTr, TTr) and use Đ (U+0110).
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    /** Thư công: Appendix III gives it no abbreviation. */
    THU_CONG("Thư công", null),
    /** Công văn: no type abbreviation; its symbol is agency-unit (Decree 30, Appendix I §II.3). */
    CONG_VAN("Công văn", null);

    private final String vietnameseName;
    private final String abbreviation;

    DocumentType(String vietnameseName, String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The Appendix III abbreviation, or {@code null} for công văn and thư công. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Accepts the constant name ({@code QUYET_DINH}) or the exact abbreviation ({@code QĐ}). */
    @JsonCreator
    public static DocumentType parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(text) || text.equals(type.abbreviation))
                .findFirst()
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_TYPE));
    }
}
