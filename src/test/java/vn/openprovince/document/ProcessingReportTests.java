package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Báo cáo tình hình giải quyết văn bản đến: counts per lead department and by status, measured
 * against the lead step's deadline; the JSON, XLSX and PDF forms; who may see it. Other tests add
 * documents to the same agency and day, so the counts are compared before and after the set-up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcessingReportTests {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String REPORT = "/api/v1/documents/reports/processing";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void countsLeadStepsPerDepartmentOnTimeLateOverdueAndUnassigned() {
        LocalDate today = LocalDate.now(ZONE);
        var before = report("vanthu.tinh");
        String kt = department("KT").toString();
        String vx = department("VX").toString();

        // KT: done on time, done late, in progress within the deadline, in progress overdue.
        String onTime = directed(department("KT"), today.plusDays(5));
        complete(onTime, assign(onTime, today.plusDays(3)));
        String late = directed(department("KT"), today.plusDays(5));
        complete(late, assign(late, today.plusDays(3)));
        leadDeadline(late, today.minusDays(1));
        String inTime = directed(department("KT"), today.plusDays(2));
        assign(inTime, today.plusDays(1));
        String overdue = directed(department("KT"), today.plusDays(2));
        assign(overdue, today.plusDays(1));
        leadDeadline(overdue, today.minusDays(2));
        // VX: two not yet assigned, one of them past its deadline.
        directed(department("VX"), today.plusDays(4));
        leadDeadline(directed(department("VX"), today.plusDays(4)), today.minusDays(1));
        // Not directed yet.
        registered();

        var after = report("lanhdao.tinh");
        assertThat(delta(row(after, kt), row(before, kt))).containsExactly(4, 1, 1, 1, 1, 0);
        assertThat(delta(row(after, vx), row(before, vx))).containsExactly(2, 0, 0, 0, 0, 2);
        assertThat(delta(total(after), total(before))).containsExactly(6, 1, 1, 1, 1, 2);
        assertThat(delta(statuses(after), statuses(before))).containsExactly(1, 2, 2, 2);
        assertThat(row(after, kt).get("departmentName")).isNotNull();
        assertThat(after.get("agencyId")).isEqualTo(office().id().toString());
        assertThat(after.get("from")).isEqualTo(today.toString());
        assertThat((List<?>) after.get("columns")).hasSize(7).first().isEqualTo("Đơn vị chủ trì");
        // The total row is the sum of the department rows.
        var sums = new int[6];
        rows(after).forEach(row -> {
            var counts = counts(row);
            for (int i = 0; i < 6; i++) {
                sums[i] += counts.get(i);
            }
        });
        assertThat(counts(total(after))).containsExactly(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'report.viewed'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void exportsAsXlsxWithTheHeaderRowAndAsPdf() throws Exception {
        directed(department("KT"), LocalDate.now(ZONE).plusDays(3));

        var xlsx = mvc.get().uri(REPORT + "?format=xlsx").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(xlsx).hasStatusOk();
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            var header = sheet.getRow(2);
            assertThat(formatter.formatCellValue(header.getCell(0))).isEqualTo("Đơn vị chủ trì");
            assertThat(formatter.formatCellValue(header.getCell(1))).isEqualTo("Tổng số nhận");
            assertThat(formatter.formatCellValue(header.getCell(6))).isEqualTo("Chưa giao xử lý");
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo(office().name());
            boolean totalRow = false;
            for (var row : sheet) {
                if ("Tổng cộng".equals(formatter.formatCellValue(row.getCell(0)))) {
                    totalRow = true;
                    assertThat(row.getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(1);
                }
            }
            assertThat(totalRow).isTrue();
        }

        var pdf = mvc.get().uri(REPORT + "?format=pdf").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN", "Đơn vị chủ trì", "Tổng cộng", "Đã hoàn thành");
        }

        var english = read(mvc.get().uri(REPORT).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.OK);
        assertThat(english.get("title")).isEqualTo("Incoming document processing report");
    }

    @Test
    void onlyTheAgencysClerkLeaderOrAdministratorSeesIt() {
        String office = office().id().toString();
        var otherClerk = mvc.get().uri(REPORT + "?agencyId=" + office).with(httpBasic("vanthu.xa2", PASSWORD)).exchange();
        assertThat(otherClerk).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri(REPORT + "?agencyId=" + office + "&format=pdf").with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(REPORT).with(httpBasic("chuyenvien.tinh", PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);
        // Their own agency's report is theirs.
        assertThat(mvc.get().uri(REPORT).with(httpBasic("vanthu.xa2", PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri(REPORT + "?agencyId=" + office).with(httpBasic("vanthu.tinh", PASSWORD))).hasStatusOk();
    }

    @Test
    void thePageShowsTheTableWithTheFilterAndExportsInBothLanguages() {
        assertThat(mvc.get().uri("/documents/registers").with(user(accounts.loadUserByUsername("vanthu.tinh"))))
                .hasStatusOk().bodyText().contains("/documents/reports/processing");
        assertThat(mvc.get().uri("/documents/reports/processing").with(user(accounts.loadUserByUsername("vanthu.tinh"))))
                .hasStatusOk().bodyText().contains("Báo cáo tình hình giải quyết văn bản đến", "Đơn vị chủ trì",
                        "Tổng cộng", "format=xlsx", "format=pdf", "name=\"from\"");
        assertThat(mvc.get().uri("/documents/reports/processing?lang=en&from=2026-01-01")
                .with(user(accounts.loadUserByUsername("lanhdao.tinh"))))
                .hasStatusOk().bodyText().contains("lang=\"en\"", "Incoming document processing report", "Not yet assigned");
        var export = mvc.get().uri("/documents/reports/processing/export?format=xlsx")
                .with(user(accounts.loadUserByUsername("vanthu.tinh"))).exchange();
        assertThat(export).hasStatusOk();
        assertThat(mvc.get().uri("/documents/reports/processing").with(user(accounts.loadUserByUsername("chuyenvien.tinh"))))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    // --- set-up through the API ---

    String registered() {
        String number = "%d/BCT-%s".formatted(100 + (int) (Math.random() * 900), UUID.randomUUID().toString().substring(0, 6));
        var metadata = new HashMap<String, Object>();
        metadata.put("issuerName", "Bộ Công Thương");
        metadata.put("numberAndSymbol", number);
        metadata.put("documentDate", LocalDate.now(ZONE).minusDays(2).toString());
        metadata.put("type", "CONG_VAN");
        metadata.put("summary", "V/v báo cáo tình hình " + number);
        metadata.put("signerName", "Nguyễn Văn A");
        metadata.put("urgency", "NORMAL");
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        var result = mvc.post().uri("/api/v1/documents/incoming").multipart().part(part)
                .file(new MockMultipartFile("file", "van-ban-den.pdf", MediaType.APPLICATION_PDF_VALUE,
                        SamplePdfs.withText("Báo cáo " + number)))
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        return (String) read(result, HttpStatus.CREATED).get("id");
    }

    String directed(UUID lead, LocalDate deadline) {
        String id = registered();
        read(post("lanhdao.tinh", "/api/v1/documents/incoming/" + id + "/direction", Map.of("lead",
                Map.of("departmentId", lead.toString(), "deadline", deadline.toString(), "instruction", "Chủ trì"))),
                HttpStatus.OK);
        return id;
    }

    @SuppressWarnings("unchecked")
    String assign(String id, LocalDate deadline) {
        var view = read(post("truongphong.tinh", "/api/v1/documents/incoming/" + id + "/assignments",
                Map.of("assigneeId", official("chuyenvien.tinh"), "deadline", deadline.toString())), HttpStatus.CREATED);
        return ((List<Map<String, Object>>) view.get("steps")).stream()
                .filter(step -> step.get("kind").equals("ASSIGNMENT")).map(step -> (String) step.get("id"))
                .findFirst().orElseThrow();
    }

    void complete(String id, String stepId) {
        read(post("chuyenvien.tinh", "/api/v1/documents/incoming/" + id + "/assignments/" + stepId + "/complete",
                Map.of("result", "Đã xử lý")), HttpStatus.OK);
    }

    /** The API refuses a deadline before arrival, so a past deadline is set in the database. */
    void leadDeadline(String id, LocalDate deadline) {
        assertThat(jdbc.update("update processing_step set deadline = ? where document_id = ? and kind = 'LEAD'",
                deadline, UUID.fromString(id))).isEqualTo(1);
    }

    // --- reading the report ---

    /** The leader's own agency is the provincial committee; the documents are the office's. */
    Map<String, Object> report(String user) {
        LocalDate today = LocalDate.now(ZONE);
        return read(mvc.get().uri(REPORT + "?agencyId=" + office().id() + "&from=" + today + "&to=" + today).with(httpBasic(user, PASSWORD)).exchange(),
                HttpStatus.OK);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    static Map<String, Object> row(Map<String, Object> report, String departmentId) {
        return rows(report).stream().filter(row -> departmentId.equals(row.get("departmentId"))).findFirst()
                .orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> total(Map<String, Object> report) {
        return (Map<String, Object>) report.get("total");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> statuses(Map<String, Object> report) {
        return (Map<String, Object>) report.get("statuses");
    }

    static List<Integer> counts(Map<String, Object> counts) {
        var keys = counts.containsKey("registered") ? List.of("registered", "directed", "inProgress", "completed")
                : List.of("received", "doneOnTime", "doneLate", "inProgressOnTime", "inProgressOverdue", "notAssigned");
        return keys.stream().map(key -> counts.get(key) == null ? 0 : ((Number) counts.get(key)).intValue()).toList();
    }

    static List<Integer> delta(Map<String, Object> after, Map<String, Object> before) {
        var a = counts(after);
        var b = counts(before);
        return java.util.stream.IntStream.range(0, a.size()).mapToObj(i -> a.get(i) - b.get(i)).toList();
    }

    MvcTestResult post(String user, String path, Object body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result, HttpStatus status) {
        assertThat(result.getResponse().getStatus())
                .as(() -> new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(status.value());
        try {
            return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    AgencySummary office() {
        return directory.agenciesOfUnit("17").stream().filter(a -> a.abbreviation().equals("VP")).findFirst().orElseThrow();
    }

    UUID department(String abbreviation) {
        return directory.departments(office().id()).stream().filter(d -> d.abbreviation().equals(abbreviation))
                .map(DepartmentSummary::id).findFirst().orElseThrow();
    }

    String official(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow().id().toString();
    }
}
