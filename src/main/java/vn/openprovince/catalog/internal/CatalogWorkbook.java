package vn.openprovince.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.CatalogException.Violation;
import vn.openprovince.catalog.ProcedureField;
import vn.openprovince.catalog.ProcedureVersionDetails;

/**
 * The catalogue as an Excel workbook (the published template): a sheet of procedures, one of dossier
 * components and one of fees, joined by the procedure code, and a guide sheet. Reading checks every
 * row and reports each bad cell by sheet, row and column.
 */
final class CatalogWorkbook {

    static final String PROCEDURES = "ThuTuc";
    static final String COMPONENTS = "ThanhPhan";
    static final String FEES = "PhiLePhi";
    static final String GUIDE = "HuongDan";

    /** Column key (a form field) and its Vietnamese title, in sheet order. */
    record Column(String field, String title) {
    }

    static final List<Column> PROCEDURE_COLUMNS = List.of(
            new Column("code", "Mã thủ tục (*)"),
            new Column("name", "Tên thủ tục (*)"),
            new Column("fieldCode", "Mã lĩnh vực (*)"),
            new Column("levelCode", "Cấp thực hiện (*) PROVINCE/DISTRICT/COMMUNE"),
            new Column("managingAgency", "Mã định danh cơ quan quản lý (*)"),
            new Column("applicants", "Đối tượng thực hiện (*)"),
            new Column("competentAuthority", "Cơ quan có thẩm quyền (*)"),
            new Column("competentAgencies", "Mã định danh cơ quan có thẩm quyền (cách nhau bởi ;)"),
            new Column("receivingCentres", "Mã định danh nơi tiếp nhận (cách nhau bởi ;)"),
            new Column("receivingPlaces", "Nơi tiếp nhận (mô tả)"),
            new Column("steps", "Trình tự thực hiện"),
            new Column("conditions", "Yêu cầu, điều kiện"),
            new Column("timeAmount", "Thời hạn giải quyết (*) số"),
            new Column("timeUnit", "Đơn vị thời hạn (*) WORKING_DAYS/WORKING_HOURS"),
            new Column("cutoff", "Giờ tiếp nhận cuối ngày (HH:mm)"),
            new Column("timeNote", "Ghi chú thời hạn"),
            new Column("resultType", "Kết quả thực hiện (*)"),
            new Column("electronicResult", "Có kết quả điện tử (Có/Không)"),
            new Column("legalBasis", "Căn cứ pháp lý (*) cách nhau bởi ;"),
            new Column("onlineService", "Mức độ DVC trực tuyến TOAN_TRINH/MOT_PHAN/NONE"),
            new Column("legacyLevel", "Mức độ cũ (1-4)"),
            new Column("sampleData", "Dữ liệu mẫu (Có/Không)"));

    static final List<Column> COMPONENT_COLUMNS = List.of(
            new Column("code", "Mã thủ tục (*)"),
            new Column("name", "Tên thành phần hồ sơ (*)"),
            new Column("required", "Bắt buộc (Có/Không)"),
            new Column("originals", "Số bản chính"),
            new Column("copies", "Số bản sao"),
            new Column("replacedByEForm", "Có biểu mẫu điện tử thay thế (Có/Không)"));

    static final List<Column> FEE_COLUMNS = List.of(
            new Column("code", "Mã thủ tục (*)"),
            new Column("kind", "Loại (*) LE_PHI/PHI"),
            new Column("description", "Nội dung, trường hợp áp dụng (*)"),
            new Column("amount", "Mức thu (đồng)"));

    private static final Set<String> YES = Set.of("co", "x", "yes", "true", "1", "y");
    private static final Set<String> NO = Set.of("khong", "no", "false", "0", "n", "");

    private CatalogWorkbook() {
    }

    /** One procedure read from the workbook, with where each of its parts came from. */
    record ImportedProcedure(int row, ProcedureForm form, String managingAgencyCode, List<String> competentCodes,
                             List<String> receivingCodes, List<Integer> componentRows, List<Integer> feeRows) {
    }

    /** What reading found: the procedures and the errors (already placed on sheet, row and column). */
    record Reading(List<ImportedProcedure> procedures, List<ImportReport.ImportError> errors) {
    }

    static Reading read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            var errors = new ArrayList<ImportReport.ImportError>();
            Sheet procedureSheet = workbook.getSheet(PROCEDURES);
            if (procedureSheet == null) {
                throw new CatalogException(CatalogError.CAT_IMPORT_UNREADABLE);
            }
            var formatter = new DataFormatter(Locale.ROOT);
            Map<String, ImportedProcedure> byCode = new LinkedHashMap<>();
            for (Row row : procedureSheet) {
                if (row.getRowNum() == 0 || blank(row, PROCEDURE_COLUMNS.size(), formatter)) {
                    continue;
                }
                var form = new ProcedureForm();
                Map<String, String> cells = cells(row, PROCEDURE_COLUMNS, formatter);
                form.setCode(cells.get("code"));
                form.setName(cells.get("name"));
                form.setFieldCode(cells.get("fieldCode"));
                form.setLevelCode(cells.get("levelCode").toUpperCase(Locale.ROOT));
                form.setApplicants(cells.get("applicants"));
                form.setCompetentAuthority(cells.get("competentAuthority"));
                form.setReceivingPlaces(cells.get("receivingPlaces"));
                form.setSteps(cells.get("steps"));
                form.setConditions(cells.get("conditions"));
                form.setTimeAmount(cells.get("timeAmount"));
                form.setTimeUnit(cells.get("timeUnit"));
                form.setCutoff(cells.get("cutoff"));
                form.setTimeNote(cells.get("timeNote"));
                form.setResultType(cells.get("resultType"));
                form.setElectronicResult(bool(cells.get("electronicResult"), PROCEDURES, row, "electronicResult",
                        PROCEDURE_COLUMNS, errors));
                form.setLegalBasis(cells.get("legalBasis"));
                form.setOnlineService(cells.get("onlineService"));
                form.setLegacyLevel(cells.get("legacyLevel"));
                form.setSampleData(bool(cells.get("sampleData"), PROCEDURES, row, "sampleData", PROCEDURE_COLUMNS, errors));
                String code = cells.get("code").strip().toUpperCase(Locale.ROOT);
                var imported = new ImportedProcedure(row.getRowNum() + 1, form, cells.get("managingAgency"),
                        codes(cells.get("competentAgencies")), codes(cells.get("receivingCentres")),
                        new ArrayList<>(), new ArrayList<>());
                if (!code.isEmpty() && byCode.containsKey(code)) {
                    errors.add(error(PROCEDURES, row.getRowNum() + 1, "code", PROCEDURE_COLUMNS,
                            CatalogError.CAT_IMPORT_DUPLICATE_ROW, code));
                    continue;
                }
                byCode.put(code.isEmpty() ? "#" + row.getRowNum() : code, imported);
            }
            Sheet componentSheet = workbook.getSheet(COMPONENTS);
            if (componentSheet != null) {
                for (Row row : componentSheet) {
                    if (row.getRowNum() == 0 || blank(row, COMPONENT_COLUMNS.size(), formatter)) {
                        continue;
                    }
                    Map<String, String> cells = cells(row, COMPONENT_COLUMNS, formatter);
                    var owner = owner(byCode, cells.get("code"), COMPONENTS, row, COMPONENT_COLUMNS, errors);
                    if (owner == null) {
                        continue;
                    }
                    var component = new ProcedureForm.ComponentRow();
                    component.setName(cells.get("name"));
                    component.setRequired(cells.get("required").isBlank()
                            || bool(cells.get("required"), COMPONENTS, row, "required", COMPONENT_COLUMNS, errors));
                    component.setOriginals(cells.get("originals"));
                    component.setCopies(cells.get("copies"));
                    component.setReplacedByEForm(bool(cells.get("replacedByEForm"), COMPONENTS, row, "replacedByEForm",
                            COMPONENT_COLUMNS, errors));
                    owner.form().getComponents().add(component);
                    owner.componentRows().add(row.getRowNum() + 1);
                }
            }
            Sheet feeSheet = workbook.getSheet(FEES);
            if (feeSheet != null) {
                for (Row row : feeSheet) {
                    if (row.getRowNum() == 0 || blank(row, FEE_COLUMNS.size(), formatter)) {
                        continue;
                    }
                    Map<String, String> cells = cells(row, FEE_COLUMNS, formatter);
                    var owner = owner(byCode, cells.get("code"), FEES, row, FEE_COLUMNS, errors);
                    if (owner == null) {
                        continue;
                    }
                    var fee = new ProcedureForm.FeeRow();
                    fee.setKind(cells.get("kind"));
                    fee.setDescription(cells.get("description"));
                    fee.setAmount(cells.get("amount"));
                    owner.form().getFees().add(fee);
                    owner.feeRows().add(row.getRowNum() + 1);
                }
            }
            return new Reading(List.copyOf(byCode.values()), errors);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogException catalog) {
                throw catalog;
            }
            throw new CatalogException(CatalogError.CAT_IMPORT_UNREADABLE);
        }
    }

    /** Places a violation of a procedure's form on its sheet, row and column. */
    static ImportReport.ImportError place(ImportedProcedure procedure, Violation violation) {
        String field = violation.field();
        if (field.startsWith("components[")) {
            int index = Integer.parseInt(field.substring(11, field.indexOf(']')));
            String column = field.substring(field.indexOf("].") + 2);
            return error(COMPONENTS, procedure.componentRows().get(index), column, COMPONENT_COLUMNS, violation.error(),
                    violation.arguments());
        }
        if (field.startsWith("fees[")) {
            int index = Integer.parseInt(field.substring(5, field.indexOf(']')));
            String column = field.substring(field.indexOf("].") + 2);
            return error(FEES, procedure.feeRows().get(index), column, FEE_COLUMNS, violation.error(), violation.arguments());
        }
        String column = field.equals("components") ? "code" : field;
        return error(field.equals("components") ? PROCEDURES : PROCEDURES, procedure.row(), column, PROCEDURE_COLUMNS,
                violation.error(), violation.arguments());
    }

    static byte[] write(List<ProcedureVersionDetails> versions, Map<UUID, String> agencyCodes, List<ProcedureField> fields) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            var procedures = sheet(workbook, PROCEDURES, PROCEDURE_COLUMNS, header);
            var components = sheet(workbook, COMPONENTS, COMPONENT_COLUMNS, header);
            var fees = sheet(workbook, FEES, FEE_COLUMNS, header);
            int p = 1;
            int c = 1;
            int f = 1;
            for (var v : versions) {
                var t = v.processingTime();
                values(procedures.createRow(p++), v.code(), v.name(), v.fieldCode(), v.level(),
                        agencyCodes.getOrDefault(v.managingAgency().value(), ""), v.applicants(), v.competentAuthority(),
                        String.join(";", v.competentAgencies().stream().map(a -> agencyCodes.getOrDefault(a.value(), "")).toList()),
                        String.join(";", v.receivingCentres().stream().map(a -> agencyCodes.getOrDefault(a.value(), "")).toList()),
                        v.receivingPlaces(), v.steps(), v.conditions(), Integer.toString(t.amount()), t.unit().name(),
                        t.cutoff() == null ? "" : t.cutoff().toString(), t.note(), v.resultType(), yesNo(v.electronicResult()),
                        v.legalBasis(), v.onlineService().name(), v.legacyLevel() == null ? "" : v.legacyLevel().toString(),
                        yesNo(v.sampleData()));
                for (var component : v.components()) {
                    values(components.createRow(c++), v.code(), component.name(), yesNo(component.required()),
                            Integer.toString(component.originals()), Integer.toString(component.copies()),
                            yesNo(component.replacedByEForm()));
                }
                for (var fee : v.fees()) {
                    var row = fees.createRow(f++);
                    values(row, v.code(), fee.kind().name(), fee.description());
                    row.createCell(3).setCellValue(fee.amount());
                }
            }
            guide(workbook, fields, header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Sheet sheet(Workbook workbook, String name, List<Column> columns, CellStyle header) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 24 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void guide(Workbook workbook, List<ProcedureField> fields, CellStyle header) {
        Sheet sheet = workbook.createSheet(GUIDE);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        String[][] lines = {
                {"Hướng dẫn", "Mỗi thủ tục một dòng ở sheet ThuTuc; thành phần hồ sơ ở sheet ThanhPhan và phí, lệ phí ở sheet "
                        + "PhiLePhi, nối với thủ tục bằng Mã thủ tục. Cột có dấu (*) là bắt buộc."},
                {"Khi nhập", "Mọi dòng được kiểm tra trước; nếu có bất kỳ lỗi nào thì không nhập thủ tục nào. Thủ tục đã có "
                        + "(cùng mã) được ghi vào bản dự thảo; phiên bản đã công bố không bị thay đổi."},
                {"Mã thủ tục", "Theo Cơ sở dữ liệu quốc gia, ví dụ 1.001193 hoặc 1.001193.000.00.00.H99. Mã khác được nhận "
                        + "nhưng đánh dấu là không theo định dạng quốc gia."},
                {"Cấp thực hiện", "PROVINCE (cấp tỉnh), DISTRICT (cấp huyện, đã bãi bỏ từ 01/07/2025), COMMUNE (cấp xã)"},
                {"Thời hạn", "Số ngày làm việc (WORKING_DAYS) hoặc giờ làm việc (WORKING_HOURS); 0 là trả trong ngày. "
                        + "Giờ tiếp nhận cuối ngày: hồ sơ nhận sau giờ này tính từ ngày làm việc tiếp theo."},
                {"Mức độ DVC", "TOAN_TRINH (mức 4 cũ), MOT_PHAN (mức 3 cũ), NONE (mức 1–2 cũ)"},
                {"Mức thu", "Số tiền bằng đồng, không có phần thập phân; 0 là miễn phí"},
                {"Mã lĩnh vực", "Tên lĩnh vực"}};
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.getCell(0).setCellStyle(header);
            row.createCell(1).setCellValue(line[1]);
        }
        for (var field : fields) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(field.code());
            row.createCell(1).setCellValue(field.name());
        }
    }

    private static void values(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }

    private static ImportedProcedure owner(Map<String, ImportedProcedure> byCode, String code, String sheet, Row row,
                                           List<Column> columns, List<ImportReport.ImportError> errors) {
        var owner = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (owner == null) {
            errors.add(error(sheet, row.getRowNum() + 1, "code", columns, CatalogError.CAT_IMPORT_NO_PROCEDURE_ROW, code));
        }
        return owner;
    }

    private static boolean bool(String text, String sheet, Row row, String field, List<Column> columns,
                                List<ImportReport.ImportError> errors) {
        String folded = vn.openprovince.organization.VietnameseText.fold(text);
        if (YES.contains(folded)) {
            return true;
        }
        if (!NO.contains(folded)) {
            errors.add(error(sheet, row.getRowNum() + 1, field, columns, CatalogError.CAT_INVALID_BOOLEAN, text));
        }
        return false;
    }

    static ImportReport.ImportError error(String sheet, int row, String field, List<Column> columns, CatalogError error,
                                          Object... arguments) {
        int index = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                index = i;
            }
        }
        return new ImportReport.ImportError(sheet, row, letter(index), columns.get(index).title(), "error." + error.name(),
                arguments);
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (char) ('A' + index - 26);
    }

    private static Map<String, String> cells(Row row, List<Column> columns, DataFormatter formatter) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.getCell(i);
            cells.put(columns.get(i).field(), cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        return cells;
    }

    private static boolean blank(Row row, int width, DataFormatter formatter) {
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
