package vn.openprovince.dossier.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DVCQG payloads (DOMAIN §3.7): a dossier for {@code DongBoHoSoMC} and a step for {@code CapNhatTienDoHoSoMC},
 * with the portal's field names and dates as {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh. Fields the platform does
 * not hold yet (fees, other attachments, result papers) are sent empty rather than omitted.
 */
final class NationalPayloads {

    private NationalPayloads() {
    }

    static Map<String, Object> dossier(DossierSnapshot d) {
        var p = new LinkedHashMap<String, Object>();
        p.put("MaHoSo", d.code());
        p.put("MaTTHC", d.procedureCode());
        p.put("TenTTHC", d.procedureName());
        p.put("MaLinhVuc", nullToEmpty(d.fieldCode()));
        p.put("TenLinhVuc", nullToEmpty(d.fieldName()));
        p.put("ChuHoSo", d.applicantName());
        p.put("LoaiDoiTuong", d.citizen() ? "1" : "2");
        p.put("MaDoiTuong", nullToEmpty(d.applicantIdNumber()));
        p.put("Email", nullToEmpty(d.email()));
        p.put("SoDienThoai", nullToEmpty(d.phone()));
        p.put("Fax", "");
        p.put("TrichYeuHoSo", d.procedureName() + " - " + d.applicantName());
        p.put("NgayTiepNhan", NationalDates.format(d.receivedAt()));
        p.put("NgayHenTra", NationalDates.format(d.appointmentDue()));
        p.put("TrangThaiHoSo", String.valueOf(d.nationalState()));
        p.put("NgayTra", NationalDates.format(d.returnedAt()));
        p.put("ThongTinTra", "");
        p.put("NgayKetThucXuLy", NationalDates.format(d.finishedAt()));
        p.put("DonViXuLy", nullToEmpty(d.competentAgencyCode()));
        p.put("TenDonViXuLy", nullToEmpty(d.competentAgencyName()));
        p.put("GhiChu", "");
        p.put("DanhSachLePhi", List.of());
        p.put("DanhSachTepDinhKemKhac", List.of());
        p.put("DanhSachHoSoBoSung", List.of());
        p.put("DanhSachGiayToKetQua", List.of());
        List<Map<String, Object>> files = new ArrayList<>();
        for (var file : d.files()) {
            var f = new LinkedHashMap<String, Object>();
            f.put("TepDinhKemId", file.id().toString());
            f.put("TenTepDinhKem", file.fileName());
            // The catalogue has no component codes yet: the 1-based position in the procedure's list stands in.
            f.put("MaThanhPhanHoSo", String.valueOf(file.component() + 1));
            f.put("TenThanhPhanHoSo", nullToEmpty(file.componentName()));
            f.put("DuongDanTaiTepTin", "");
            f.put("IsDeleted", false);
            files.add(f);
        }
        p.put("TaiLieuNop", files);
        return p;
    }

    static Map<String, Object> progress(DossierSnapshot d, DossierSnapshot.Step step) {
        var p = new LinkedHashMap<String, Object>();
        p.put("MaHoSo", d.code());
        p.put("NguoiXuLy", nullToEmpty(step.actorName()));
        p.put("ChucDanh", nullToEmpty(step.actorTitle()));
        p.put("ThoiDiemXuLy", NationalDates.format(step.at()));
        p.put("PhongBanXuLy", nullToEmpty(step.department()));
        p.put("NoiDungXuLy", nullToEmpty(step.content()));
        p.put("TrangThai", String.valueOf(step.nationalState()));
        p.put("NgayBatDau", NationalDates.format(step.startedAt()));
        p.put("NgayKetThucTheoQuyDinh", NationalDates.format(d.appointmentDue()));
        return p;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
