package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.dossier.workflow.ProcessingFinished;
import vn.openprovince.dossier.workflow.ProcessingStarted;

/**
 * The officers' reception API and the legal clock end to end: accept, supplement request (before and after
 * acceptance, with the citizen's supplement), refusal, extension once, withdrawal and stop, the forms as PDF, the
 * scope rules, and the processing events moving the dossier. Appointment dates are checked against the calendar.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReceptionApiTests {

    static final byte[] PDF = DossierApiTests.PDF;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String BIRTH = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789"}}}""";
    /** Thay đổi, cải chính hộ tịch: 3 working days, components 0 (e-form), 1 (required), 2 (optional). */
    private static final String CIVIL_CHANGE = """
            {"procedureCode": "MAU.HT.01", "data": {"content": "Cải chính ngày sinh", "copies": 2}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    private String submit(String form) throws Exception {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE, form.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "can-cu.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(created), "$.code");
    }

    private MvcTestResult post(String user, String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json == null ? "" : json)
                .with(httpBasic(user, "Demo@2026")).exchange();
    }

    private MvcTestResult get(String user, String path) {
        return mvc.get().uri(path).with(httpBasic(user, "Demo@2026")).exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String pdfText(MvcTestResult result) throws IOException {
        try (var document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private org.springframework.mock.web.MockHttpSession signIn(String username) {
        var signedIn = mvc.post().uri("/login").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("username", username)
                .param("password", "Demo@2026").param("portal", "1").exchange();
        return (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false);
    }

    private int count(String table, String code) {
        return jdbc.queryForObject("select count(*) from " + table + " t join dossier d on d.id = t.dossier_id where d.code = ?",
                Integer.class, code);
    }

    private Instant receivedAt(String code) {
        return jdbc.queryForObject("select received_at from dossier where code = ?", java.sql.Timestamp.class, code)
                .toInstant();
    }

    @Test
    void acceptanceComputesTheAppointmentOnceFromTheReceptionTimeAndStartsTheLedger() throws Exception {
        String code = submit(CIVIL_CHANGE);

        var accepted = post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", "{\"note\": \"Đủ thành phần\"}");

        assertThat(accepted).hasStatusOk();
        Instant due = calendar.deadlineInWorkingDays(receivedAt(code), 3, Optional.of(LocalTime.of(15, 0)), null);
        String json = body(accepted);
        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) JsonPath.read(json, "$.nationalState")).isEqualTo(2);
        assertThat((String) JsonPath.read(json, "$.appointmentDate"))
                .isEqualTo(due.atZone(calendar.zone()).toLocalDate().toString());
        assertThat(Instant.parse(JsonPath.read(json, "$.dueAt"))).isEqualTo(due);
        assertThat((List<String>) JsonPath.read(json, "$.ledger[*].kind")).containsExactly("STARTED");
        assertThat(Instant.parse(JsonPath.read(json, "$.ledger[0].countsFrom"))).isEqualTo(receivedAt(code));
        assertThat((String) JsonPath.read(json, "$.ledger[0].actor")).isEqualTo("motcua.tinh");
        assertThat((List<Object>) JsonPath.read(json, "$.steps")).isEmpty();
        assertThat((List<String>) JsonPath.read(json, "$.history[*].state")).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat((String) JsonPath.read(json, "$.receivingCentre.name")).isNotBlank();
        assertThat(events.stream(DossierAccepted.class).filter(e -> e.code().equals(code)))
                .singleElement().satisfies(e -> assertThat(e.dueAt()).isEqualTo(due));
        assertThat(events.stream(DossierClockChanged.class).filter(e -> e.code().equals(code)))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(ClockEntryKind.STARTED));

        // The officer's GET says the same; the public status shows the appointment date.
        assertThat(get("motcua.tinh", "/api/v1/dossiers/" + code)).hasStatusOk().bodyJson()
                .extractingPath("$.appointmentDate").isEqualTo(due.atZone(calendar.zone()).toLocalDate().toString());
        assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code)).hasStatusOk().bodyJson()
                .extractingPath("$.appointmentDate").isEqualTo(due.atZone(calendar.zone()).toLocalDate().toString());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'dossier.accepted' and details like ?",
                Integer.class, code + "%")).isEqualTo(1);
    }

    private void awaitProcessing(String code) {
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "PROCESSING".equals(
                jdbc.queryForObject("select state from dossier where code = ?", String.class, code)));
    }

    @Test
    void acceptingTwiceIsAVietnameseProblemAndChangesNothing() throws Exception {
        String code = submit(CIVIL_CHANGE);
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
        // The workflow starts after the commit and moves the dossier to PROCESSING; counted once that has landed.
        awaitProcessing(code);
        int history = count("dossier_history", code);
        int ledger = count("dossier_clock_entry", code);
        int notices = count("dossier_notice", code);

        var again = post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null);

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_ALREADY_ACCEPTED");
        assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("đã được tiếp nhận");
        assertThat(count("dossier_history", code)).isEqualTo(history);
        assertThat(count("dossier_clock_entry", code)).isEqualTo(ledger);
        assertThat(count("dossier_notice", code)).isEqualTo(notices);
    }

    @Test
    void onlyOfficersInScopeSeeTheDossierAndOnlyTheCentresOneStopOfficerReceives() throws Exception {
        String code = submit(CIVIL_CHANGE);

        assertThat(get("motcua.xa", "/api/v1/dossiers/" + code)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_UNKNOWN");
        assertThat(post("motcua.xa", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("lanhdao.tinh", "/api/v1/dossiers/" + code)).hasStatusOk();
        assertThat(post("lanhdao.tinh", "/api/v1/dossiers/" + code + "/acceptance", null))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_NOT_RECEIVING_OFFICER");
        assertThat(get("congdan", "/api/v1/dossiers/" + code)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("congdan", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/dossiers/" + code + "/acceptance")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(get("motcua.tinh", "/api/v1/dossiers/H99-000000-0000")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select state from dossier where code = ?", String.class, code)).isEqualTo("SUBMITTED");
    }

    @Test
    void aSupplementRequestListsEveryItemAndTheApplicantReplacesExactlyThose() throws Exception {
        String code = submit(CIVIL_CHANGE);
        String path = "/api/v1/dossiers/" + code + "/supplement-request";

        assertThat(post("motcua.tinh", path, "{\"items\": []}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_ITEMS_REQUIRED");
        var unknown = post("motcua.tinh", path, "{\"items\": [{\"component\": 1, \"reason\": \"Mờ\"}, "
                + "{\"component\": 99, \"reason\": \"x\"}]}");
        assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("items[1]");
        assertThat(post("motcua.tinh", path, "{\"items\": [{\"field\": \"content\"}]}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_ITEM_INVALID");
        assertThat(count("dossier_notice", code)).isZero();

        var requested = post("motcua.tinh", path, """
                {"items": [{"component": 1, "reason": "Bản chụp mờ, không đọc được"},
                           {"field": "content", "reason": "Ghi rõ nội dung cải chính"}],
                 "guidance": "Nộp lại bản chụp rõ nét và ghi rõ nội dung."}""");
        assertThat(requested).hasStatusOk();
        assertThat(requested).bodyJson().extractingPath("$.state").isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(requested).bodyJson().extractingPath("$.nationalState").isEqualTo(5);
        assertThat(requested).bodyJson().extractingPath("$.clockStatus").isNull();
        assertThat(requested).bodyJson().extractingPath("$.requestedItems[1].label")
                .isEqualTo("Nội dung đề nghị thay đổi, cải chính, bổ sung");
        String form02 = pdfText(get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/02"));
        assertThat(form02).contains(code).contains("Bản chụp mờ, không đọc được").contains("Ghi rõ nội dung cải chính")
                .contains("PHIẾU YÊU CẦU BỔ SUNG");

        // The applicant sees exactly what was asked and why.
        assertThat(get("congdan", "/api/v1/dossiers/" + code + "/supplement")).hasStatusOk().bodyJson()
                .extractingPath("$.items[0].reason").isEqualTo("Bản chụp mờ, không đọc được");
        String supplement = "/api/v1/dossiers/" + code + "/supplement";
        var incomplete = mvc.post().uri(supplement).multipart()
                .file(new MockMultipartFile("component-1", "ro-net.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(incomplete).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_SUPPLEMENT_INCOMPLETE");
        var notAsked = mvc.post().uri(supplement).multipart()
                .file(new MockMultipartFile("component-2", "khac.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(notAsked).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_SUPPLEMENT_NOT_REQUESTED");
        var done = mvc.post().uri(supplement).multipart()
                .file(new MockMultipartFile("data", "", MediaType.APPLICATION_JSON_VALUE,
                        "{\"content\": \"Cải chính ngày sinh từ 01/02 thành 02/01\"}".getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "ro-net.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(done).hasStatusOk();
        assertThat(done).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(done).bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(done).bodyJson().extractingPath("$.formData.content").isEqualTo("Cải chính ngày sinh từ 01/02 thành 02/01");
        // Nothing overwritten: the first file and the first value are kept.
        assertThat(jdbc.queryForObject("select count(*) from dossier_file f join dossier d on d.id = f.dossier_id "
                + "where d.code = ? and f.component = 1 and f.superseded_at is not null", Integer.class, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select old_value from dossier_value_version v join dossier d on d.id = v.dossier_id "
                + "where d.code = ?", String.class, code)).contains("Cải chính ngày sinh");

        // Accepted now, the clock counts from the reception time of the completed dossier, not the first one.
        var accepted = post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null);
        assertThat(accepted).hasStatusOk();
        Instant resubmitted = jdbc.queryForObject("select max(h.occurred_at) from dossier_history h join dossier d "
                + "on d.id = h.dossier_id where d.code = ? and h.state = 'SUBMITTED'", java.sql.Timestamp.class, code).toInstant();
        assertThat(resubmitted).isAfter(jdbc.queryForObject("select submitted_at from dossier where code = ?",
                java.sql.Timestamp.class, code).toInstant());
        assertThat(Instant.parse(JsonPath.read(body(accepted), "$.ledger[0].countsFrom"))).isAfterOrEqualTo(resubmitted)
                .isAfterOrEqualTo(receivedAt(code));
    }

    @Test
    void aSupplementAfterAcceptancePausesTheClockAndTheSupplementResumesItWithWhatWasLeft() throws Exception {
        String code = submit(CIVIL_CHANGE);
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
        awaitProcessing(code);

        var paused = post("motcua.tinh", "/api/v1/dossiers/" + code + "/supplement-request",
                "{\"items\": [{\"component\": 2, \"reason\": \"Cần văn bản ủy quyền\"}]}");
        assertThat(paused).hasStatusOk();
        String json = body(paused);
        assertThat((String) JsonPath.read(json, "$.clockStatus")).isEqualTo("PAUSED");
        assertThat((List<String>) JsonPath.read(json, "$.ledger[*].kind")).containsExactly("STARTED", "PAUSED");
        assertThat((String) JsonPath.read(json, "$.ledger[1].pauseKind")).isEqualTo("SUPPLEMENT");
        int left = JsonPath.read(json, "$.ledger[1].remaining");
        assertThat(left).isBetween(0, 3);
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/extension",
                "{\"reason\": \"x\", \"additionalWorkingDays\": 2}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_CLOCK_NOT_RUNNING");

        var resumed = mvc.post().uri("/api/v1/dossiers/" + code + "/supplement").multipart()
                .file(new MockMultipartFile("component-2", "uy-quyen.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", "Demo@2026")).exchange();
        // Back to the interrupted state: processing had started before the pause.
        assertThat(resumed).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("PROCESSING");

        String view = body(get("motcua.tinh", "/api/v1/dossiers/" + code));
        assertThat((List<String>) JsonPath.read(view, "$.ledger[*].kind")).containsExactly("STARTED", "PAUSED", "RESUMED");
        Instant resumedAt = Instant.parse(JsonPath.read(view, "$.ledger[2].at"));
        Instant expected = left == 0
                ? calendar.receptionDay(resumedAt, Optional.of(LocalTime.of(15, 0)), null)
                .atTime(17, 0).atZone(calendar.zone()).toInstant()
                : calendar.deadlineInWorkingDays(resumedAt, left, Optional.of(LocalTime.of(15, 0)), null);
        assertThat(Instant.parse(JsonPath.read(view, "$.dueAt"))).isEqualTo(expected);
        assertThat((String) JsonPath.read(view, "$.clockStatus")).isEqualTo("RUNNING");
        // The appointment history is kept: the first due time is still in the STARTED row.
        assertThat((String) JsonPath.read(view, "$.ledger[0].dueAt")).isNotBlank();
    }

    @Test
    void aRefusalNeedsReasonsAndIssuesForm03() throws Exception {
        String code = submit(CIVIL_CHANGE);
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/refusal", "{\"reasons\": [\" \"]}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_REASON_REQUIRED");
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/refusal", "{not json"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        var refused = post("motcua.tinh", "/api/v1/dossiers/" + code + "/refusal",
                "{\"reasons\": [\"Thủ tục không thuộc thẩm quyền\", \"Người nộp không đủ điều kiện\"]}");

        assertThat(refused).hasStatusOk().bodyJson().extractingPath("$.nationalState").isEqualTo(3);
        assertThat(pdfText(get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/03")))
                .contains(code).contains("Thủ tục không thuộc thẩm quyền").contains("Người nộp không đủ điều kiện");
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_WRONG_STATE");
    }

    @Test
    void theReceiptIsAPdfWithTheCodeAndTheAppointmentDateForTheOfficerAndTheApplicant() throws Exception {
        String code = submit(CIVIL_CHANGE);
        assertThat(get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/01")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_FORM_NOT_ISSUED");
        String json = body(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null));
        String appointment = DATE.format(LocalDate.parse(JsonPath.read(json, "$.appointmentDate")));

        var receipt = get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/01");

        assertThat(receipt).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdfText(receipt)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code)
                .contains("Ngày hẹn trả kết quả: " + appointment).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("/cong-dich-vu-cong/tra-cuu?ma=" + code);
        var applicantCopy = mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/phieu/01", code)
                .session(signIn("congdan")).exchange();
        assertThat(applicantCopy).hasStatusOk();
        assertThat(pdfText(applicantCopy)).contains(appointment);
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/phieu/01", code)
                .session(signIn("doanhnghiep")).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDossierDueWithinOneWorkingDayIsAtRiskAndIsExtendedOnceOnly() throws Exception {
        // Birth registration is due the day it is received (or the next working day after 15:00): at risk at once.
        String code = submit(BIRTH);
        String accepted = body(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null));
        assertThat((Boolean) JsonPath.read(accepted, "$.atRisk")).isTrue();
        assertThat((Boolean) JsonPath.read(accepted, "$.extensionAllowed")).isTrue();
        assertThat(body(get("motcua.tinh", "/api/v1/reception/at-risk?size=100"))).contains(code);
        LocalDate current = LocalDate.parse(JsonPath.read(accepted, "$.appointmentDate"));

        String path = "/api/v1/dossiers/" + code + "/extension";
        assertThat(post("motcua.tinh", path, "{\"reason\": \"Cần xác minh\", \"newAppointmentDate\": \"" + current + "\"}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_EXTENSION_INVALID");
        assertThat(post("motcua.tinh", path, "{\"additionalWorkingDays\": 3}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_REASON_REQUIRED");

        var extended = post("motcua.tinh", path,
                "{\"reason\": \"Cần xác minh thông tin với cơ sở dữ liệu hộ tịch\", \"additionalWorkingDays\": 3}");

        assertThat(extended).hasStatusOk();
        LocalDate expected = current;
        for (int counted = 0; counted < 3; ) {
            expected = expected.plusDays(1);
            if (calendar.isWorkingDay(expected)) {
                counted++;
            }
        }
        String json = body(extended);
        assertThat((String) JsonPath.read(json, "$.appointmentDate")).isEqualTo(expected.toString());
        assertThat((Boolean) JsonPath.read(json, "$.atRisk")).isFalse();
        assertThat((Boolean) JsonPath.read(json, "$.extensionAllowed")).isFalse();
        assertThat((List<String>) JsonPath.read(json, "$.ledger[*].kind")).containsExactly("STARTED", "EXTENDED");
        assertThat(events.stream(DossierClockChanged.class).filter(e -> e.code().equals(code)).map(e -> e.kind()))
                .containsExactly(ClockEntryKind.STARTED, ClockEntryKind.EXTENDED);
        assertThat(pdfText(get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/04")))
                .contains(code).contains("Ngày hẹn trả kết quả mới: " + DATE.format(expected))
                .contains("Ngày hẹn trả kết quả trước đây: " + DATE.format(current));

        var again = post("motcua.tinh", path, "{\"reason\": \"Lần nữa\", \"additionalWorkingDays\": 2}");
        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_ALREADY_EXTENDED");
        assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("chỉ được hẹn lại");
        assertThat(jdbc.queryForObject("select appointment_date from dossier where code = ?", LocalDate.class, code))
                .isEqualTo(expected);
        assertThat(count("dossier_clock_entry", code)).isEqualTo(2);
    }

    @Test
    void theApplicantAsksToWithdrawAndTheOfficerStopsTheDossierWithForm05() throws Exception {
        String code = submit(CIVIL_CHANGE);
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
        var notTheirs = post("doanhnghiep", "/api/v1/dossiers/" + code + "/withdrawal-request", "{\"reason\": \"x\"}");
        assertThat(notTheirs).hasStatus(HttpStatus.NOT_FOUND);
        // the message names the dossier (its arguments are filled in, not shown as {0})
        assertThat(notTheirs).bodyJson().extractingPath("$.detail").asString().contains(code).doesNotContain("{0}");
        assertThat(notTheirs).bodyJson().extractingPath("$.field").isEqualTo("code");

        var withdrawn = post("congdan", "/api/v1/dossiers/" + code + "/withdrawal-request",
                "{\"reason\": \"Không còn nhu cầu\"}");
        assertThat(withdrawn).hasStatusOk().bodyJson().extractingPath("$.nationalState").isEqualTo(7);

        var stopped = post("motcua.tinh", "/api/v1/dossiers/" + code + "/stop",
                "{\"reason\": \"Người nộp xin rút hồ sơ\"}");
        assertThat(stopped).hasStatusOk();
        String json = body(stopped);
        assertThat((Integer) JsonPath.read(json, "$.nationalState")).isEqualTo(8);
        assertThat((String) JsonPath.read(json, "$.clockStatus")).isEqualTo("STOPPED");
        assertThat((List<String>) JsonPath.read(json, "$.ledger[*].kind")).containsExactly("STARTED", "STOPPED");
        assertThat(pdfText(get("motcua.tinh", "/api/v1/dossiers/" + code + "/forms/05")))
                .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ").contains("Người nộp xin rút hồ sơ");
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/stop", "{\"reason\": \"lại\"}"))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void processingEventsMoveTheDossierToProcessingAndResultReady() throws Exception {
        String granted = submit(CIVIL_CHANGE);
        String refused = submit(CIVIL_CHANGE);
        var transactions = new TransactionTemplate(transactionManager);
        for (String code : List.of(granted, refused)) {
            assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
            UUID id = jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);
            transactions.executeWithoutResult(status -> publisher.publishEvent(
                    new ProcessingStarted(new DossierId(id), code, "thu-tuc-mau-ht-01", Instant.now())));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    jdbc.queryForObject("select state from dossier where code = ?", String.class, code)).isEqualTo("PROCESSING"));
            boolean approve = code.equals(granted);
            transactions.executeWithoutResult(status -> publisher.publishEvent(new ProcessingFinished(new DossierId(id),
                    code, approve, "lanhdao.tinh", Instant.now(), approve ? null : "Không đủ căn cứ cải chính")));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    jdbc.queryForObject("select state from dossier where code = ?", String.class, code)).isEqualTo("RESULT_READY"));
        }
        String view = body(get("motcua.tinh", "/api/v1/dossiers/" + refused));
        assertThat((List<String>) JsonPath.read(view, "$.history[*].state"))
                .containsExactly("SUBMITTED", "ACCEPTED", "PROCESSING", "RESULT_READY");
        assertThat((String) JsonPath.read(view, "$.history[3].note")).contains("từ chối").contains("Không đủ căn cứ cải chính");
        assertThat((List<String>) JsonPath.read(view, "$.ledger[*].kind")).containsExactly("STARTED", "STOPPED");
        assertThat((Integer) JsonPath.read(view, "$.nationalState")).isEqualTo(9);
        assertThat((String) JsonPath.read(body(get("motcua.tinh", "/api/v1/dossiers/" + granted)), "$.history[3].note"))
                .contains("đồng ý");
    }

    @Test
    void theQueueHoldsTheCentresOnlineDossiersAwaitingReception() throws Exception {
        String code = submit(CIVIL_CHANGE);
        int before = JsonPath.read(body(get("motcua.tinh", "/api/v1/reception/queue")), "$.totalElements");
        assertThat((Integer) JsonPath.read(body(get("motcua.xa", "/api/v1/reception/queue")), "$.totalElements"))
                .isZero();
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
        assertThat((Integer) JsonPath.read(body(get("motcua.tinh", "/api/v1/reception/queue")), "$.totalElements"))
                .isEqualTo(before - 1);
    }

    private MvcTestResult counter(String user, String form, int... components) {
        var request = mvc.post().uri("/api/v1/reception/counter").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE, form.getBytes(StandardCharsets.UTF_8)));
        for (int component : components) {
            request = request.file(new MockMultipartFile("component-" + component, "scan-" + component + ".pdf",
                    "application/pdf", PDF));
        }
        return request.with(httpBasic(user, "Demo@2026")).exchange();
    }

    @Test
    void aCommuneCentreFilesAWalkInDossierForAnyProcedureAndReceivesIt() throws Exception {
        String walkIn = """
                {"procedureCode": "MAU.HT.01", "applicantName": "%s", "citizenId": "%s", "phone": "0912345678"}""";
        assertThat(counter("motcua.xa", walkIn.formatted(" ", "017190004567"), 0, 1))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("applicant.name");
        assertThat(counter("motcua.xa", walkIn.formatted("Đinh Thị Lan", "12345"), 0, 1))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("applicant.citizenId");
        assertThat(counter("motcua.xa", walkIn.formatted("Đinh Thị Lan", "017190004567"), 1))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field").isEqualTo("components[0]");
        assertThat(counter("chuyenvien.tinh", walkIn.formatted("Đinh Thị Lan", "017190004567"), 0, 1))
                .hasStatus(HttpStatus.FORBIDDEN);

        var filed = counter("motcua.xa", walkIn.formatted("Đinh Thị Lan", "017190004567"), 0, 1);

        assertThat(filed).hasStatus(HttpStatus.CREATED);
        String code = JsonPath.read(body(filed), "$.code");
        String view = body(get("motcua.xa", "/api/v1/dossiers/" + code));
        assertThat((String) JsonPath.read(view, "$.channel")).isEqualTo("COUNTER");
        assertThat((String) JsonPath.read(view, "$.state")).isEqualTo("SUBMITTED");
        assertThat((String) JsonPath.read(view, "$.applicant.phone")).isEqualTo("0912345678");
        assertThat((String) JsonPath.read(view, "$.receivingCentre.name")).contains("Thái Bình");
        // The provincial centre is not the receiving centre of this one.
        assertThat(post("motcua.tinh", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("motcua.xa", "/api/v1/dossiers/" + code + "/acceptance", null)).hasStatusOk();
        assertThat(pdfText(get("motcua.xa", "/api/v1/dossiers/" + code + "/forms/01"))).contains("Đinh Thị Lan").contains(code);
    }
}
