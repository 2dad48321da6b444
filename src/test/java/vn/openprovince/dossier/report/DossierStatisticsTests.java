package vn.openprovince.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The statistics and the register on a fixture computed by hand: ten dossiers of a procedure of their own, received
 * at the provincial centre, over the period Monday 02/11/2026 – Friday 13/11/2026 (no holiday in it; weekends
 * 07–08/11 and 14–15/11). Dossiers are submitted online through the API and moved on with SQL, as the reception
 * and processing verbs are built elsewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierStatisticsTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** A procedure code of this run only, so earlier runs and other tests do not count. */
    final String procedure = "T." + UUID.randomUUID().toString().substring(0, 8);
    UUID centre;
    UUID competent;
    final List<String> codes = new ArrayList<>();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @BeforeAll
    void fixture() throws Exception {
        centre = agencyOf("motcua.tinh");
        competent = agencyOf("lanhdao.huyen");
        // D1 online, accepted Fri, due Tue, result Mon: early; 1 working day (the weekend does not count).
        dossier("ONLINE", "2026-11-10", "ACCEPTED@2026-11-06T09:00", "PROCESSING@2026-11-06T10:00",
                "RESULT_READY@2026-11-09T15:00");
        // D2 counter, accepted Thu, due Mon, result Mon afternoon: on time; 2 working days; returned Tue.
        dossier("COUNTER", "2026-11-09", "ACCEPTED@2026-11-05T10:00", "RESULT_READY@2026-11-09T16:00",
                "RESULT_RETURNED@2026-11-10T08:30");
        // D3 online, accepted Wed, due Fri, result next Tue: late; 4 working days.
        dossier("ONLINE", "2026-11-06", "ACCEPTED@2026-11-04T08:00", "RESULT_READY@2026-11-10T09:00");
        // D4 online, accepted Mon, due Thu 12/11, no result at the end of the period: in progress, overdue.
        dossier("ONLINE", "2026-11-12", "ACCEPTED@2026-11-09T08:00", "PROCESSING@2026-11-09T09:00");
        // D5 counter, accepted on the last day, due Wed 18/11: in progress, on time.
        dossier("COUNTER", "2026-11-18", "ACCEPTED@2026-11-13T09:00");
        // D6 online, accepted Tue, supplement requested Wed (clock paused, appointment moved to 20/11): in progress on time.
        dossier("ONLINE", "2026-11-20", "ACCEPTED@2026-11-03T09:00", "SUPPLEMENT_REQUESTED@2026-11-04T10:00");
        // D7 online, refused Thu: a refusal, never received.
        dossier("ONLINE", null, "REFUSED@2026-11-05T14:00");
        // D8 finished before the period: nowhere.
        dossier("COUNTER", "2026-10-23", "ACCEPTED@2026-10-20T09:00", "RESULT_READY@2026-10-23T09:00");
        // D9 accepted after the period: nowhere.
        dossier("ONLINE", "2026-11-19", "ACCEPTED@2026-11-16T09:00");
        // D10 counter, accepted before the period, result on its due day in it: on time; 8 working days (27/10–05/11).
        dossier("COUNTER", "2026-11-05", "ACCEPTED@2026-10-26T09:00", "RESULT_READY@2026-11-05T10:00");
    }

    private UUID agencyOf(String username) {
        return jdbc.queryForObject("select r.agency_id from role_assignment r join account a on a.id = r.account_id"
                + " where a.username = ? and r.agency_id is not null fetch first 1 rows only", UUID.class, username);
    }

    /** Submits a dossier online, then gives it this fixture's procedure, agencies, channel and history. */
    private void dossier(String channel, String appointment, String... history) throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String code = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
        codes.add(code);
        UUID id = jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);
        Instant submitted = at(history[0].split("@")[1]).minusSeconds(3600);
        String last = history[history.length - 1].split("@")[0];
        jdbc.update("update dossier set procedure_code = ?, procedure_name = ?, receiving_agency_id = ?,"
                        + " competent_agency_id = ?, channel = ?, appointment_date = ?, submitted_at = ?, received_at = ?,"
                        + " state = ? where id = ?", procedure, "Thủ tục thử nghiệm thống kê", centre, competent, channel,
                appointment == null ? null : Date.valueOf(LocalDate.parse(appointment)), Timestamp.from(submitted),
                Timestamp.from(submitted), last, id);
        jdbc.update("update dossier_history set occurred_at = ? where dossier_id = ? and state = 'SUBMITTED'",
                Timestamp.from(submitted), id);
        int seq = 1;
        for (String entry : history) {
            String[] parts = entry.split("@");
            jdbc.update("insert into dossier_history (id, dossier_id, seq, state, occurred_at, actor, note)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), id, ++seq, parts[0],
                    Timestamp.from(at(parts[1])), "motcua.tinh", null);
        }
    }

    private MockHttpSession signIn(String username) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "Demo@2026")
                .exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    @Test
    void aRefusedRegisterDownloadGoesBackToThePageWithTheReason() {
        var session = signIn("motcua.tinh");
        var refused = mvc.get().uri("/dossiers/register?agency=" + centre + "&from=2026-11-13&to=2026-11-02&format=pdf")
                .session(session).exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/dossiers/statistics");
        assertThat(refused).flash().containsKey("problem");
        assertThat(refused.getMvcResult().getFlashMap().get("problem").toString()).contains("Ngày bắt đầu");
        var pdf = mvc.get().uri("/dossiers/register?agency=" + centre + "&from=2026-11-02&to=2026-11-13&format=pdf")
                .session(session).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
    }

    private MvcTestResult statistics(String user, String query) {
        return mvc.get().uri("/api/v1/dossier-statistics?" + query).with(httpBasic(user, "Demo@2026")).exchange();
    }

    @Test
    void theFiguresOfThePeriodAreTheOnesComputedByHand() {
        var result = statistics("motcua.tinh", "agency=" + centre + "&procedure=" + procedure
                + "&from=2026-11-02&to=2026-11-13");

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.rows.length()").isEqualTo(1);
        json.extractingPath("$.asOf").isEqualTo("2026-11-13");
        json.extractingPath("$.rows[0].agencyId").isEqualTo(competent.toString());
        json.extractingPath("$.rows[0].procedureCode").isEqualTo(procedure);
        json.extractingPath("$.rows[0].receivedOnline").isEqualTo(4);
        json.extractingPath("$.rows[0].receivedDirect").isEqualTo(2);
        json.extractingPath("$.rows[0].resolvedEarly").isEqualTo(1);
        json.extractingPath("$.rows[0].resolvedOnTime").isEqualTo(2);
        json.extractingPath("$.rows[0].resolvedLate").isEqualTo(1);
        json.extractingPath("$.rows[0].inProgressOnTime").isEqualTo(2);
        json.extractingPath("$.rows[0].inProgressOverdue").isEqualTo(1);
        json.extractingPath("$.rows[0].supplements").isEqualTo(1);
        json.extractingPath("$.rows[0].refusals").isEqualTo(1);
        // (1 + 2 + 4 + 8) / 4 = 3.75
        json.extractingPath("$.rows[0].averageWorkingDays").isEqualTo(3.8);
        json.extractingPath("$.total.receivedOnline").isEqualTo(4);
        json.extractingPath("$.total.resolvedLate").isEqualTo(1);
    }

    @Test
    void anAdministratorAcrossEveryAgencyGetsTheSameFigures() {
        var json = assertThat(statistics("admin", "procedure=" + procedure + "&from=2026-11-02&to=2026-11-13"))
                .hasStatusOk().bodyJson();
        json.extractingPath("$.rows.length()").isEqualTo(1);
        json.extractingPath("$.rows[0].receivedOnline").isEqualTo(4);
        json.extractingPath("$.rows[0].receivedDirect").isEqualTo(2);
        json.extractingPath("$.rows[0].resolvedEarly").isEqualTo(1);
        json.extractingPath("$.rows[0].resolvedOnTime").isEqualTo(2);
        json.extractingPath("$.rows[0].resolvedLate").isEqualTo(1);
        json.extractingPath("$.rows[0].inProgressOnTime").isEqualTo(2);
        json.extractingPath("$.rows[0].inProgressOverdue").isEqualTo(1);
        json.extractingPath("$.rows[0].averageWorkingDays").isEqualTo(3.8);
    }

    @Test
    void theStatisticsAreDocumentedInOpenApi() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
                .contains("/api/v1/dossier-statistics", "/api/v1/dossier-register");
    }

    @Test
    void aShorterPeriodMovesTheDossiersBetweenTheColumns() {
        // Up to Friday 06/11: D1 accepted that day is in progress (due Tue 10/11); D3 due that day is not yet late
        // but in progress on time; D10 resolved; D6 supplement; D7 refused.
        var result = statistics("motcua.tinh", "agency=" + centre + "&procedure=" + procedure
                + "&from=2026-11-02&to=2026-11-06");
        var json = assertThat(result).hasStatusOk().bodyJson();
        json.extractingPath("$.rows[0].receivedOnline").isEqualTo(3);
        json.extractingPath("$.rows[0].receivedDirect").isEqualTo(1);
        json.extractingPath("$.rows[0].resolvedOnTime").isEqualTo(1);
        json.extractingPath("$.rows[0].resolvedEarly").isEqualTo(0);
        json.extractingPath("$.rows[0].inProgressOnTime").isEqualTo(4);
        json.extractingPath("$.rows[0].inProgressOverdue").isEqualTo(0);
        json.extractingPath("$.rows[0].averageWorkingDays").isEqualTo(8.0);
    }

    @Test
    void anOfficerOfAnotherAgencyIsRefusedAndACitizenToo() {
        assertThat(statistics("motcua.xa", "agency=" + centre + "&from=2026-11-02&to=2026-11-13"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(statistics("congdan", "from=2026-11-02&to=2026-11-13")).hasStatus(HttpStatus.FORBIDDEN);
        // Without an agency, the commune officer's own scope: none of this fixture.
        var own = statistics("motcua.xa", "procedure=" + procedure + "&from=2026-11-02&to=2026-11-13");
        assertThat(own).hasStatusOk().bodyJson().extractingPath("$.rows.length()").isEqualTo(0);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAProblemInVietnamese() {
        var result = statistics("motcua.tinh", "from=2026-11-13&to=2026-11-02");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_REPORT_PERIOD_INVALID");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Ngày bắt đầu");
        assertThat(statistics("motcua.tinh", "from=2025-01-01&to=2026-11-02")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_REPORT_PERIOD_TOO_LONG");
    }

    @Test
    void theStatisticsPageShowsTheTable() {
        var page = mvc.get().uri("/dossiers/statistics?agency=" + centre + "&procedure=" + procedure
                + "&from=2026-11-02&to=2026-11-13").session(signIn("motcua.tinh")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Thống kê tình hình giải quyết hồ sơ", "Thủ tục thử nghiệm thống kê",
                "Trước hạn", "3,8");
    }

    @Test
    void theRegisterPdfListsTheAcceptedDossiersOfTheCentre() throws Exception {
        var result = mvc.get().uri("/api/v1/dossier-register?agency=" + centre + "&from=2026-11-02&to=2026-11-13&format=pdf")
                .with(httpBasic("motcua.tinh", "Demo@2026")).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỔ THEO DÕI HỒ SƠ",
                    "Từ ngày 02/11/2026 đến ngày 13/11/2026", "Mã hồ sơ", "Nhận hồ sơ", "Nguyễn Văn An");
            // Accepted in the period: D1–D6 (D7 refused, D8/D10 before, D9 after).
            for (int i : new int[]{0, 1, 2, 3, 4, 5}) {
                assertThat(text).contains(codes.get(i));
            }
            for (int i : new int[]{6, 7, 8, 9}) {
                assertThat(text).doesNotContain(codes.get(i));
            }
        }
    }

    @Test
    void theRegisterWorkbookHasOneRowPerDossierWithItsDates() throws Exception {
        var result = mvc.get().uri("/api/v1/dossier-register?agency=" + centre + "&from=2026-11-02&to=2026-11-13&format=xlsx")
                .with(httpBasic("motcua.tinh", "Demo@2026")).exchange();
        assertThat(result).hasStatusOk();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("Mã hồ sơ");
            List<String> d2 = null;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (codes.get(1).equals(cells.formatCellValue(row.getCell(1)))) {
                    d2 = new ArrayList<>();
                    for (int c = 0; c < 11; c++) {
                        d2.add(cells.formatCellValue(row.getCell(c)));
                    }
                }
            }
            assertThat(d2).as("D2 is in the register").isNotNull();
            assertThat(d2.get(2)).isEqualTo("Thủ tục thử nghiệm thống kê");
            assertThat(d2.get(3)).isEqualTo("Nguyễn Văn An");
            assertThat(d2.get(6)).isEqualTo("10:00 05/11/2026");
            assertThat(d2.get(7)).isEqualTo("09/11/2026");
            assertThat(d2.get(8)).isEqualTo("16:00 09/11/2026");
            assertThat(d2.get(9)).isEqualTo("08:30 10/11/2026");
            assertThat(d2.get(10)).isEqualTo("Đã trả kết quả");
        }
    }

    @Test
    void aRegisterOfAnotherCentreIsRefused() {
        assertThat(mvc.get().uri("/api/v1/dossier-register?agency=" + centre + "&from=2026-11-02&to=2026-11-13")
                .with(httpBasic("motcua.xa", "Demo@2026")).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/dossier-register?agency=" + centre + "&format=docx")
                .with(httpBasic("motcua.tinh", "Demo@2026")).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_REPORT_FORMAT_UNKNOWN");
    }
}
