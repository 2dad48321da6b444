package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Catalogue administration pages: in Vietnamese, scoped by agency, errors at the field, Excel all or nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcedureCatalog catalog;

    @Test
    void administrationPagesRenderInVietnamese() {
        for (String page : new String[] {"/admin/procedures", "/admin/procedures?q=khai sinh&page=0",
                "/admin/procedures/new", "/admin/procedures/1.001193", "/admin/procedures/1.001193/draft",
                "/admin/procedures/import"}) {
            assertThat(mvc.get().uri(page).with(as("admin"))).as(page).hasStatusOk().bodyText().contains("lang=\"vi\"");
        }
        assertThat(mvc.get().uri("/admin/procedures?q=dang ky khai sinh").with(as("admin"))).hasStatusOk().bodyText()
                .contains("Đăng ký khai sinh", "Đang áp dụng");
    }

    @Test
    void communeAdministratorSeesOnlyTheirAgencysProceduresAndOthersAreRefused() {
        assertThat(mvc.get().uri("/admin/procedures").with(as("quantri.xa"))).hasStatusOk().bodyText()
                .doesNotContain("Đăng ký khai sinh</a>");
        assertThat(mvc.get().uri("/admin/procedures/1.001193").with(as("quantri.xa"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/procedures").with(as("vanthu.xa"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void invalidFormShowsEachErrorNextToItsFieldInVietnamese() {
        var page = mvc.post().uri("/admin/procedures").with(as("admin")).with(csrf())
                .param("code", "").param("name", "").param("timeAmount", "ba").param("timeUnit", "WORKING_DAYS")
                .param("onlineService", "NONE").param("components[0].name", "").param("components[0].copies", "x")
                .param("fees[0].kind", "LE_PHI").param("fees[0].description", "Lệ phí").param("fees[0].amount", "-5")
                .exchange();

        assertThat(page).hasStatusOk().bodyText()
                .contains("Vui lòng nhập mã thủ tục.", "Vui lòng nhập tên thủ tục.",
                        "Thời hạn giải quyết phải là số nguyên từ 0 đến 365.", "Số bản &quot;x&quot; không hợp lệ",
                        "Mức thu &quot;-5&quot; không hợp lệ", "is-invalid");
    }

    @Test
    void publishedTemplateDownloadsAndExportRoundTripsThroughImport() throws IOException {
        var template = mvc.get().uri("/admin/procedures/template.xlsx").with(as("admin")).exchange();
        assertThat(template).hasStatusOk();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet("ThuTuc").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã thủ tục (*)");
            assertThat(workbook.getSheet("ThanhPhan")).isNotNull();
            assertThat(workbook.getSheet("PhiLePhi")).isNotNull();
        }
        var export = mvc.get().uri("/admin/procedures/export.xlsx").with(as("admin")).exchange();
        assertThat(export).hasStatusOk();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet("ThuTuc").getLastRowNum()).isGreaterThanOrEqualTo(40);
        }
        // Re-importing the export as drafts changes no published version.
        var birth = catalog.currentVersion("1.001193").orElseThrow();
        assertThat(mvc.post().uri("/admin/procedures/import").with(as("admin")).with(csrf())
                .multipart().file(new MockMultipartFile("file", "export.xlsx", null, export.getResponse().getContentAsByteArray())))
                .hasStatusOk().bodyText().contains("Đã nhập: 0 thủ tục mới");
        assertThat(catalog.currentVersion("1.001193").orElseThrow().id()).isEqualTo(birth.id());
        assertThat(catalog.currentVersion("1.001193").orElseThrow().components().getFirst().template())
                .isEqualTo(birth.components().getFirst().template());
    }

    @Test
    void importOfASheetWithOneBadRowImportsNothingAndSaysWhereEachErrorIs() throws IOException {
        int before = jdbc.queryForObject("select count(*) from catalog_procedure", Integer.class);
        String good = "XL." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String bad = "XL." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] sheet = workbook(new String[][] {
                {good, "Thủ tục nhập tốt", "HO_TICH", "COMMUNE", "000.00.06.H99", "Công dân", "UBND cấp xã", "", "", "", "", "",
                        "3", "WORKING_DAYS", "15:00", "", "Giấy xác nhận", "Có", "Luật Hộ tịch", "MOT_PHAN", "", "Không"},
                {bad, "", "KHONG_CO", "COMMUNE", "000.00.06.H99", "Công dân", "UBND cấp xã", "", "", "", "", "",
                        "ba ngày", "WORKING_DAYS", "", "", "Giấy", "Có", "Luật", "TOAN_TRINH", "", "Không"}},
                new String[][] {{good, "Tờ khai", "Có", "1", "0", "Không"}, {bad, "Tờ khai", "Có", "1", "hai", "Không"}},
                new String[][] {{good, "LE_PHI", "Lệ phí", "10.000"}, {"KHONG.CO.MA", "PHI", "Phí", "5000"}});

        var result = mvc.post().uri("/admin/procedures/import").with(as("admin")).with(csrf())
                .multipart().file(new MockMultipartFile("file", "thu-tuc.xlsx", null, sheet)).exchange();

        assertThat(result).hasStatusOk().bodyText()
                .contains("chưa nhập thủ tục nào", "Vui lòng nhập tên thủ tục.", "KHONG_CO",
                        "Thời hạn giải quyết phải là số nguyên từ 0 đến 365.", "Số bản &quot;hai&quot; không hợp lệ",
                        "KHONG.CO.MA không có dòng tương ứng");
        assertThat(result).bodyText().contains("<td>ThuTuc</td><td>3</td>", "<td>ThanhPhan</td><td>3</td>",
                "<td>PhiLePhi</td><td>3</td>");
        assertThat(jdbc.queryForObject("select count(*) from catalog_procedure", Integer.class)).isEqualTo(before);
    }

    @Test
    void importOfAValidSheetRegistersAndPublishesWhenAsked() throws IOException {
        String code = "XL." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] sheet = workbook(new String[][] {
                {code, "Thủ tục nhập từ Excel", "CHUNG_THUC", "COMMUNE", "000.00.06.H99", "Cá nhân", "UBND cấp xã", "",
                        "000.01.01.H99", "", "", "", "0", "WORKING_DAYS", "15:00", "", "Bản sao", "Không", "Nghị định 23/2015",
                        "", "3", "Có"}},
                new String[][] {{code, "Bản chính giấy tờ", "Có", "1", "0", "Không"}},
                new String[][] {{code, "PHI", "Mỗi trang", "2.000"}});

        assertThat(mvc.post().uri("/admin/procedures/import").with(as("admin")).with(csrf())
                .multipart().file(new MockMultipartFile("file", "thu-tuc.xlsx", null, sheet)).param("publish", "true"))
                .hasStatusOk().bodyText().contains("Đã nhập: 1 thủ tục mới, 0 thủ tục cập nhật bản dự thảo, 1 phiên bản được công bố.");
        var imported = catalog.currentVersion(code).orElseThrow();
        assertThat(imported.onlineService()).isEqualTo(OnlineService.MOT_PHAN);
        assertThat(imported.fees().getFirst().amount()).isEqualTo(2000);
        assertThat(imported.receivingCentres()).hasSize(1);
        assertThat(imported.sampleData()).isTrue();
    }

    @Test
    void formTemplateUploadsMustBeWhatTheirNameSays() {
        String code = "TPL." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID agency = jdbc.queryForObject("select id from agency where identifier_code = '000.00.06.H99'", UUID.class);
        assertThat(mvc.post().uri("/admin/procedures").with(as("admin")).with(csrf())
                .param("code", code).param("managingAgencyId", agency.toString()).param("name", "Thủ tục có biểu mẫu")
                .param("fieldCode", "HO_TICH").param("levelCode", "PROVINCE").param("applicants", "Công dân")
                .param("competentAuthority", "Sở Tư pháp").param("timeAmount", "5").param("timeUnit", "WORKING_DAYS")
                .param("resultType", "Văn bản").param("legalBasis", "Luật").param("onlineService", "NONE")
                .param("components[0].name", "Tờ khai").param("components[0].required", "true")
                .param("components[0].originals", "1")).hasStatus(HttpStatus.FOUND);

        var renamed = new MockMultipartFile("file", "to-khai.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes());
        assertThat(mvc.post().uri("/admin/procedures/{code}/components/0/template", code).with(as("admin")).with(csrf())
                .multipart().file(renamed)).hasStatus(HttpStatus.FOUND).flash().containsKey("failure");
        var pdf = new MockMultipartFile("file", "to-khai.pdf", "application/pdf", "%PDF-1.4 sample".getBytes());
        assertThat(mvc.post().uri("/admin/procedures/{code}/components/0/template", code).with(as("admin")).with(csrf())
                .multipart().file(pdf)).hasStatus(HttpStatus.FOUND).flash().containsKey("flash");

        assertThat(jdbc.queryForObject("select count(*) from procedure_component c join procedure_version v "
                + "on v.id = c.version_id join catalog_procedure p on p.id = v.procedure_id "
                + "where p.code = ? and c.template_name = 'to-khai.pdf'", Integer.class, code)).isEqualTo(1);
        // A draft's template is not offered to the public yet.
        UUID template = jdbc.queryForObject("select template_id from procedure_component c join procedure_version v "
                + "on v.id = c.version_id join catalog_procedure p on p.id = v.procedure_id where p.code = ?", UUID.class, code);
        assertThat(mvc.get().uri("/cong-dich-vu-cong/bieu-mau/{id}", template)).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static byte[] workbook(String[][] procedures, String[][] components, String[][] fees) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("ThuTuc"), procedures);
            fill(workbook.createSheet("ThanhPhan"), components);
            fill(workbook.createSheet("PhiLePhi"), fees);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, String[][] rows) {
        sheet.createRow(0).createCell(0).setCellValue("header");
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
