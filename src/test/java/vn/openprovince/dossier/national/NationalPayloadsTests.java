package vn.openprovince.dossier.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.dossier.DossierState;

/** The DVCQG payloads: field names, national codes, and dates as yyyyMMddHHmmss in Asia/Ho_Chi_Minh. */
class NationalPayloadsTests {

    static final UUID FILE = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");

    static DossierSnapshot business(DossierState state, int national, Instant finishedAt, Instant returnedAt) {
        return new DossierSnapshot(UUID.randomUUID(), "000.00.00.H99-261204-0007", "1.001193", "Đăng ký khai sinh",
                "HT", "Hộ tịch", false, "Công ty TNHH Sông Đà", "5400123456", "lienhe@songda.vn", "0218385123",
                "Trung tâm Phục vụ hành chính công tỉnh", "000.00.12.H99", "UBND xã Thái Bình",
                Instant.parse("2026-12-04T03:15:30Z"), Instant.parse("2026-12-08T10:00:00Z"), state, national,
                finishedAt, returnedAt, List.of(new DossierSnapshot.SubmittedFile(FILE, 1, "Giấy chứng sinh",
                "giay-chung-sinh.pdf")));
    }

    @Test
    void theDossierPayloadHasThePortalsFieldsAndDates() {
        Map<String, Object> p = NationalPayloads.dossier(business(DossierState.RESULT_RETURNED, 10,
                Instant.parse("2026-12-07T09:45:00Z"), Instant.parse("2026-12-08T01:02:03Z")));

        assertThat(p).containsEntry("MaHoSo", "000.00.00.H99-261204-0007").containsEntry("MaTTHC", "1.001193")
                .containsEntry("TenTTHC", "Đăng ký khai sinh").containsEntry("MaLinhVuc", "HT")
                .containsEntry("TenLinhVuc", "Hộ tịch").containsEntry("ChuHoSo", "Công ty TNHH Sông Đà")
                .containsEntry("LoaiDoiTuong", "2").containsEntry("MaDoiTuong", "5400123456")
                .containsEntry("Email", "lienhe@songda.vn").containsEntry("SoDienThoai", "0218385123")
                .containsEntry("TrichYeuHoSo", "Đăng ký khai sinh - Công ty TNHH Sông Đà")
                .containsEntry("TrangThaiHoSo", "10").containsEntry("DonViXuLy", "000.00.12.H99");
        // 03:15:30 UTC is 10:15:30 in Hà Nội; the appointment is the end of the working day, 17:00.
        assertThat(p).containsEntry("NgayTiepNhan", "20261204101530").containsEntry("NgayHenTra", "20261208170000")
                .containsEntry("NgayKetThucXuLy", "20261207164500").containsEntry("NgayTra", "20261208080203");
        @SuppressWarnings("unchecked")
        var files = (List<Map<String, Object>>) p.get("TaiLieuNop");
        assertThat(files).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("TepDinhKemId", FILE.toString()).containsEntry("TenTepDinhKem", "giay-chung-sinh.pdf")
                .containsEntry("MaThanhPhanHoSo", "2").containsEntry("IsDeleted", false));
        assertThat(p).containsKeys("Fax", "ThongTinTra", "GhiChu", "DanhSachLePhi", "DanhSachTepDinhKemKhac",
                "DanhSachHoSoBoSung", "DanhSachGiayToKetQua");
    }

    @Test
    void aCitizensNewDossierHasType1AndEmptyDatesForWhatHasNotHappened() {
        var citizen = new DossierSnapshot(UUID.randomUUID(), "X-1", "1.001193", "Đăng ký khai sinh", null, null, true,
                "Nguyễn Văn An", "017190004567", null, null, null, null, null, Instant.parse("2026-12-31T17:30:00Z"),
                null, DossierState.SUBMITTED, 1, null, null, List.of());
        Map<String, Object> p = NationalPayloads.dossier(citizen);

        assertThat(p).containsEntry("LoaiDoiTuong", "1").containsEntry("MaDoiTuong", "017190004567")
                .containsEntry("TrangThaiHoSo", "1").containsEntry("Email", "").containsEntry("MaLinhVuc", "")
                .containsEntry("NgayHenTra", "").containsEntry("NgayTra", "").containsEntry("NgayKetThucXuLy", "");
        // 17:30 UTC on New Year's Eve is already the new year in Hà Nội.
        assertThat(p.get("NgayTiepNhan")).isEqualTo("20270101003000");
    }

    @Test
    void theProgressPayloadDescribesTheStep() {
        var dossier = business(DossierState.PROCESSING, 4, null, null);
        var step = new DossierSnapshot.Step("Hoàng Văn Nam", "Công chức tiếp nhận hồ sơ",
                "Trung tâm Phục vụ hành chính công tỉnh", Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2026-12-04T03:15:30Z"), "Đang xử lý: chuyển phòng chuyên môn", 4);
        Map<String, Object> p = NationalPayloads.progress(dossier, step);

        assertThat(p).containsOnlyKeys("MaHoSo", "NguoiXuLy", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy",
                "NoiDungXuLy", "TrangThai", "NgayBatDau", "NgayKetThucTheoQuyDinh");
        assertThat(p).containsEntry("MaHoSo", "000.00.00.H99-261204-0007").containsEntry("NguoiXuLy", "Hoàng Văn Nam")
                .containsEntry("ChucDanh", "Công chức tiếp nhận hồ sơ")
                .containsEntry("PhongBanXuLy", "Trung tâm Phục vụ hành chính công tỉnh")
                .containsEntry("NoiDungXuLy", "Đang xử lý: chuyển phòng chuyên môn").containsEntry("TrangThai", "4")
                .containsEntry("ThoiDiemXuLy", "20261204150000").containsEntry("NgayBatDau", "20261204101530")
                .containsEntry("NgayKetThucTheoQuyDinh", "20261208170000");
        assertThat(p.values()).allSatisfy(v -> assertThat(v).isNotNull());
    }
}
