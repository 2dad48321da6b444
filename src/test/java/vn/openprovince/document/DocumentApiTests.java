package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OrganizationDirectory;

/** The document API as clerks, leaders, department heads and specialists use it, with HTTP Basic. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DocumentApiTests {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private final JsonMapper json = JsonMapper.builder().build();

    // --- incoming ---

    @Test
    void clerkRegistersAScanWithTheNextArrivalNumberOfTheYear() {
        var first = read(register("vanthu.tinh", incoming("Sở Tài chính", "101/STC-NS"), SamplePdfs.scanned())
                , HttpStatus.CREATED);
        var second = read(register("vanthu.tinh", incoming("Sở Tài chính", "102/STC-NS"),
                SamplePdfs.withText("Công văn về dự toán ngân sách")), HttpStatus.CREATED);

        int number = (int) first.get("arrivalNumber");
        assertThat(second.get("arrivalNumber")).isEqualTo(number + 1);
        assertThat(first.get("arrivalNumberText")).isEqualTo("%02d".formatted(number));
        assertThat(first.get("arrivalYear")).isEqualTo(LocalDate.now(ZONE).getYear());
        assertThat(first.get("scanned")).isEqualTo(true);
        assertThat(second.get("scanned")).isEqualTo(false);
        assertThat(first.get("agencyId")).isEqualTo(office().id().toString());
        assertThat(first.get("status")).isEqualTo("REGISTERED");
        assertThat(first.get("registrationDeadline")).isNotNull();
        assertThat(first.get("registeredLate")).isEqualTo(false);
        assertThat(first.get("pages")).isEqualTo(1);
    }

    @Test
    void aSuspectedDuplicateIsRegisteredOnlyWithAReason() {
        var metadata = incoming("Bộ Nội vụ", "77/BNV-CQĐP");
        register("vanthu.tinh", metadata, SamplePdfs.withText("Bản thứ nhất")).assertThat().hasStatus(HttpStatus.CREATED);

        var duplicate = register("vanthu.tinh", metadata, SamplePdfs.withText("Bản thứ hai"));
        assertThat(duplicate).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("DOC_DUPLICATE");
        assertThat(duplicate).bodyJson().extractingPath("$.field").isEqualTo("duplicateReason");
        assertThat(duplicate).bodyJson().extractingPath("$.duplicates").asArray().hasSize(1);

        metadata.put("duplicateReason", "Bản gửi lại qua bưu điện, có phụ lục bổ sung");
        var registered = read(register("vanthu.tinh", metadata, SamplePdfs.withText("Bản thứ hai"))
                , HttpStatus.CREATED);
        assertThat(registered.get("duplicateReason")).isEqualTo("Bản gửi lại qua bưu điện, có phụ lục bổ sung");
    }

    @Test
    void badUploadsAreProblemsWithCodeAndFieldAndStoreNothing() {
        long files = count("document_file");
        long documents = count("incoming_document");
        long sequences = jdbc.queryForObject("select coalesce(sum(last_number), 0) from number_sequence", Long.class);

        expectProblem(register("vanthu.tinh", incoming("Sở Y tế", "1/SYT"), "không phải PDF".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST, "DOC_NOT_A_PDF", "file");
        expectProblem(register("vanthu.tinh", incoming("Sở Y tế", "1/SYT"), "%PDF-1.7\nhỏng".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST, "DOC_CORRUPT_PDF", "file");
        expectProblem(register("vanthu.tinh", incoming("Sở Y tế", "1/SYT"), SamplePdfs.encrypted()),
                HttpStatus.BAD_REQUEST, "DOC_ENCRYPTED_PDF", "file");
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        expectProblem(register("vanthu.tinh", incoming("Sở Y tế", "1/SYT"), huge),
                HttpStatus.CONTENT_TOO_LARGE, "DOC_FILE_TOO_LARGE", "file");
        expectProblem(register("vanthu.tinh", incoming("Sở Y tế", "1/SYT"), null),
                HttpStatus.BAD_REQUEST, "DOC_MISSING_FILE", "file");

        var noSummary = incoming("Sở Y tế", "1/SYT");
        noSummary.remove("summary");
        expectProblem(register("vanthu.tinh", noSummary, SamplePdfs.withText("x")), HttpStatus.BAD_REQUEST,
                "DOC_MISSING_SUMMARY", "summary");
        var badType = incoming("Sở Y tế", "1/SYT");
        badType.put("type", "QYD");
        expectProblem(register("vanthu.tinh", badType, SamplePdfs.withText("x")), HttpStatus.BAD_REQUEST,
                "DOC_UNKNOWN_TYPE", "type");
        var badUrgency = incoming("Sở Y tế", "1/SYT");
        badUrgency.put("urgency", "RAT_GAP");
        expectProblem(register("vanthu.tinh", badUrgency, SamplePdfs.withText("x")), HttpStatus.BAD_REQUEST,
                "DOC_INVALID_METADATA", "urgency");
        var unknownIssuer = incoming(null, "1/SYT");
        unknownIssuer.put("issuerCode", "Z99.99.99.Z99");
        expectProblem(register("vanthu.tinh", unknownIssuer, SamplePdfs.withText("x")), HttpStatus.UNPROCESSABLE_CONTENT,
                "DOC_UNKNOWN_ISSUER", "issuerCode");
        var lateReply = incoming("Sở Y tế", "1/SYT");
        lateReply.put("replyDeadline", LocalDate.now(ZONE).minusDays(1).toString());
        expectProblem(register("vanthu.tinh", lateReply, SamplePdfs.withText("x")), HttpStatus.BAD_REQUEST,
                "DOC_REPLY_DEADLINE_BEFORE_ARRIVAL", "replyDeadline");

        assertThat(count("document_file")).isEqualTo(files);
        assertThat(count("incoming_document")).isEqualTo(documents);
        assertThat(jdbc.queryForObject("select coalesce(sum(last_number), 0) from number_sequence", Long.class))
                .isEqualTo(sequences);
    }

    @Test
    void problemDetailsAreInVietnameseByDefault() {
        var result = register("vanthu.tinh", incoming("Sở Y tế", "2/SYT"), "văn bản".getBytes(StandardCharsets.UTF_8));
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Tệp không phải là PDF.");
    }

    @Test
    void neighbouringCommuneClerkIsDeniedAndUnknownDocumentsAreNotFound() {
        var registered = read(register("vanthu.xa", incoming("Ủy ban nhân dân thành phố Hòa Bình", "12/UBND-VP"),
                SamplePdfs.withText("Thông báo lịch tiếp công dân")), HttpStatus.CREATED);
        String id = (String) registered.get("id");

        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("vanthu.xa", PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        var denied = mvc.get().uri("/api/v1/documents/incoming/{id}/file", id).with(httpBasic("vanthu.xa2", PASSWORD)).exchange();
        assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(denied.getResponse().getContentAsByteArray()).asString().doesNotContain("%PDF");
        assertThat(mvc.get().uri("/api/v1/documents/incoming?size=100").with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().doesNotContain(id);
        assertThat(mvc.get().uri("/api/v1/documents/search?q=tiep cong dan").with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().doesNotContain(id);

        var intoTheirAgency = incoming("Sở Y tế", "3/SYT");
        intoTheirAgency.put("agencyId", registered.get("agencyId"));
        expectProblem(register("vanthu.xa2", intoTheirAgency, SamplePdfs.withText("x")), HttpStatus.FORBIDDEN,
                "DOC_NOT_A_CLERK", "agencyId");

        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", UUID.randomUUID()).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("DOC_UNKNOWN_DOCUMENT");
        assertThat(mvc.get().uri("/api/v1/documents/incoming")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void searchFindsAWordInsideThePdfWithoutDiacriticsAndTheListPages() {
        String token = String.valueOf(1000 + (int) (Math.random() * 8999));
        var registered = read(register("vanthu.tinh", incoming("Sở Nông nghiệp và Môi trường", "55/SNN-TL"),
                SamplePdfs.withText("BÁO CÁO", "Tình hình lũ quét tại xóm Đồng Bưởi, đợt " + token))
                , HttpStatus.CREATED);

        var hits = mvc.get().uri("/api/v1/documents/search?q=dong buoi " + token).with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(hits).hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().containsExactly(registered.get("id"));
        assertThat(hits).bodyJson().extractingPath("$.content[0].kind").isEqualTo("INCOMING");
        assertThat(hits).bodyJson().extractingPath("$.totalElements").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/documents/incoming?q=LŨ QUÉT " + token).with(httpBasic("vanthu.tinh", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.totalElements").isEqualTo(1);

        var page = mvc.get().uri("/api/v1/documents/incoming?page=0&size=1").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.content").asArray().hasSize(1);
        assertThat(page).bodyJson().extractingPath("$.size").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/documents/incoming?size=1000").with(httpBasic("vanthu.tinh", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.size").isEqualTo(100);
    }

    @Test
    void leaderDirectsDepartmentHeadAssignsAndSpecialistCompletes() {
        var registered = read(register("vanthu.tinh", incoming("Bộ Công Thương", "88/BCT-TTTN"),
                SamplePdfs.withText("Về việc báo cáo tình hình thị trường")), HttpStatus.CREATED);
        String id = (String) registered.get("id");
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("chuyenvien.tinh", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(inbox("lanhdao.tinh")).anySatisfy(item -> {
            assertThat(item.get("documentId")).isEqualTo(id);
            assertThat(item.get("action")).isEqualTo("DIRECT");
        });

        LocalDate today = LocalDate.now(ZONE);
        expectProblem(direct("lanhdao.tinh", id, direction(department("KT"), today.minusDays(1), department("VX"))),
                HttpStatus.BAD_REQUEST, "DOC_DEADLINE_BEFORE_ARRIVAL", "deadline");
        expectProblem(direct("lanhdao.tinh", id, direction(UUID.randomUUID(), today.plusDays(5), department("VX"))),
                HttpStatus.UNPROCESSABLE_CONTENT, "DOC_UNKNOWN_DEPARTMENT", "departmentId");
        expectProblem(direct("lanhdao.tinh", id, Map.of("support", List.of())), HttpStatus.BAD_REQUEST,
                "DOC_LEAD_UNIT_REQUIRED", "lead");
        assertThat(direct("truongphong.tinh", id, direction(department("KT"), today.plusDays(5), department("VX"))))
                .hasStatus(HttpStatus.FORBIDDEN);

        var directionBody = direction(department("KT"), today.plusDays(5), department("VX"));
        directionBody.put("info", List.of(Map.of("departmentId", department("NC"))));
        var directed = read(direct("lanhdao.tinh", id, directionBody), HttpStatus.OK);
        assertThat(directed.get("status")).isEqualTo("IN_PROCESSING");
        assertThat(steps(directed)).extracting(step -> step.get("kind")).containsExactly("LEAD", "SUPPORT", "INFO");
        expectProblem(direct("lanhdao.tinh", id, direction(department("KT"), today.plusDays(5), department("VX"))),
                HttpStatus.CONFLICT, "DOC_ALREADY_DIRECTED", "status");

        // The specialist now sees it (directed to the department), the commune clerk never does.
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("chuyenvien.tinh", PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(inbox("truongphong.tinh")).anySatisfy(item -> assertThat(item.get("action")).isEqualTo("ASSIGN"));

        var assigned = read(post("truongphong.tinh", "/api/v1/documents/incoming/" + id + "/assignments",
                Map.of("assigneeId", official("chuyenvien.tinh"), "deadline", today.plusDays(3).toString(),
                        "instruction", "Tổng hợp số liệu, dự thảo báo cáo")), HttpStatus.CREATED);
        var assignment = steps(assigned).stream().filter(step -> step.get("kind").equals("ASSIGNMENT")).findFirst().orElseThrow();
        assertThat(assignment.get("assigneeName")).isEqualTo("Phạm Văn Hùng");
        assertThat(assignment.get("depth")).isEqualTo(1);
        String stepId = (String) assignment.get("id");
        assertThat(inbox("chuyenvien.tinh")).anySatisfy(item -> {
            assertThat(item.get("action")).isEqualTo("PROCESS");
            assertThat(item.get("dueSoon")).isEqualTo(false);
        });

        expectProblem(post("truongphong.tinh", "/api/v1/documents/incoming/" + id + "/assignments/" + stepId + "/complete",
                Map.of("result", "xong")), HttpStatus.FORBIDDEN, "DOC_NOT_YOUR_TURN", "reviewer");
        post("chuyenvien.tinh", "/api/v1/documents/incoming/" + id + "/assignments/" + stepId + "/progress",
                Map.of("note", "Đã xin số liệu các phòng")).assertThat().hasStatusOk();
        var completed = read(post("chuyenvien.tinh", "/api/v1/documents/incoming/" + id + "/assignments/" + stepId
                + "/complete", Map.of("result", "Đã dự thảo báo cáo trình lãnh đạo")), HttpStatus.OK);

        assertThat(completed.get("status")).isEqualTo("COMPLETED");
        assertThat(steps(completed)).extracting(step -> step.get("kind") + ":" + step.get("status"))
                .containsExactly("LEAD:DONE", "ASSIGNMENT:DONE", "SUPPORT:PENDING", "INFO:FOR_INFORMATION");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ? and action like 'incoming.%'",
                Long.class, id)).isGreaterThanOrEqualTo(5);
        UUID documentId = UUID.fromString(id);
        assertThat(events.stream(IncomingDocumentRegistered.class).filter(e -> e.documentId().equals(documentId)))
                .singleElement().satisfies(e -> assertThat(e.agencyId()).isEqualTo(office().id()));
        assertThat(events.stream(IncomingDocumentDirected.class).filter(e -> e.documentId().equals(documentId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.leadDepartmentId()).isEqualTo(department("KT"));
                    assertThat(e.supportDepartmentIds()).containsExactly(department("VX"));
                    assertThat(e.infoDepartmentIds()).containsExactly(department("NC"));
                });
        assertThat(events.stream(ProcessingAssigned.class).filter(e -> e.documentId().equals(documentId)))
                .singleElement().satisfies(e -> assertThat(e.assigneeOfficialId().toString()).isEqualTo(official("chuyenvien.tinh")));
        assertThat(events.stream(ProcessingCompleted.class).filter(e -> e.documentId().equals(documentId)))
                .singleElement().satisfies(e -> assertThat(e.documentCompleted()).isTrue());
    }

    @Test
    void aForwardedDocumentIsDirectedByTheLeaderItWasForwardedTo() {
        String id = (String) read(register("vanthu.tinh", incoming("Bộ Tài chính", "41/BTC-NSNN"),
                SamplePdfs.withText("Về việc bổ sung dự toán")), HttpStatus.CREATED).get("id");
        String deputy = official("lanhdao.huyen");

        var forwarded = read(direct("lanhdao.tinh", id, Map.of("forwardToLeaderId", deputy, "instruction",
                "Đề nghị đồng chí cho ý kiến")), HttpStatus.OK);
        assertThat(steps(forwarded)).singleElement().satisfies(step -> {
            assertThat(step.get("kind")).isEqualTo("FORWARD");
            assertThat(step.get("assigneeName")).isEqualTo("Quách Văn Thành");
        });
        assertThat(inbox("lanhdao.huyen")).anySatisfy(item -> assertThat(item.get("documentId")).isEqualTo(id));
        assertThat(direct("lanhdao.tinh", id, direction(department("KT"), LocalDate.now(ZONE).plusDays(3), department("VX"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        var directed = read(direct("lanhdao.huyen", id, direction(department("KT"), LocalDate.now(ZONE).plusDays(3),
                department("VX"))), HttpStatus.OK);
        assertThat(steps(directed)).extracting(step -> step.get("kind") + ":" + step.get("status"))
                .containsExactly("FORWARD:DONE", "LEAD:PENDING", "SUPPORT:PENDING");

        String stepId = (String) steps(read(post("truongphong.tinh", "/api/v1/documents/incoming/" + id + "/assignments",
                Map.of("assigneeId", official("chuyenvien.tinh"), "deadline", LocalDate.now(ZONE).plusDays(2).toString())),
                HttpStatus.CREATED)).stream().filter(step -> step.get("kind").equals("ASSIGNMENT")).findFirst().orElseThrow().get("id");
        expectProblem(post("chuyenvien.tinh", "/api/v1/documents/incoming/" + id + "/assignments/" + stepId + "/complete",
                Map.of("result", "xong", "replyDocumentId", UUID.randomUUID().toString())),
                HttpStatus.UNPROCESSABLE_CONTENT, "DOC_UNKNOWN_REPLY", "replyDocumentId");
    }

    @Test
    void aClassifiedDocumentIsHiddenFromSpecialistsNotAssignedToIt() {
        var metadata = incoming("Công an tỉnh Hòa Bình", "9/CAT-PV01");
        metadata.put("secrecy", "CONFIDENTIAL");
        String id = (String) read(register("vanthu.tinh", metadata, SamplePdfs.withText("Tài liệu mật"))
                , HttpStatus.CREATED).get("id");
        direct("lanhdao.tinh", id, direction(department("KT"), LocalDate.now(ZONE).plusDays(2), department("VX")))
                .assertThat().hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("truongphong.tinh", PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("chuyenvien.tinh", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        post("truongphong.tinh", "/api/v1/documents/incoming/" + id + "/assignments",
                Map.of("assigneeId", official("chuyenvien.tinh"), "deadline", LocalDate.now(ZONE).plusDays(1).toString()))
                .assertThat().hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}", id).with(httpBasic("chuyenvien.tinh", PASSWORD))).hasStatusOk();
    }

    @Test
    void anUrgentDocumentIsAnAlertInTheLeadersInbox() {
        var metadata = incoming("Ban Chỉ huy Phòng chống thiên tai tỉnh", "5/CĐ-BCH");
        metadata.put("type", "CĐ");
        metadata.put("urgency", "FLASH");
        String id = (String) read(register("vanthu.tinh", metadata, SamplePdfs.withText("Công điện hỏa tốc về mưa lũ"))
                , HttpStatus.CREATED).get("id");

        var items = inbox("lanhdao.tinh");
        assertThat(items).filteredOn(item -> item.get("documentId").equals(id)).singleElement()
                .satisfies(item -> assertThat(item.get("urgent")).isEqualTo(true));
        assertThat(items.getFirst().get("urgent")).isEqualTo(true);
        assertThat(events.stream(UrgentDocumentArrived.class).filter(e -> e.documentId().toString().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.urgency()).isEqualTo(Urgency.FLASH));
    }

    @Test
    void registersListTheDecreeColumnsAndExportAsValidPdfAndXlsx() throws Exception {
        String number = "%d/SGDĐT-VP".formatted(100 + (int) (Math.random() * 800));
        register("vanthu.tinh", incoming("Sở Giáo dục và Đào tạo", number), SamplePdfs.withText("Kế hoạch tuyển sinh"))
                .assertThat().hasStatus(HttpStatus.CREATED);

        var json = read(mvc.get().uri("/api/v1/documents/registers/incoming").with(httpBasic("vanthu.tinh", PASSWORD))
                .exchange(), HttpStatus.OK);
        assertThat((List<?>) json.get("columns")).hasSize(10).first().isEqualTo("Ngày đến");
        assertThat(json.get("rows").toString()).contains(number, "Sở Giáo dục và Đào tạo");
        var tracking = read(mvc.get().uri("/api/v1/documents/registers/tracking").with(httpBasic("vanthu.tinh", PASSWORD))
                .exchange(), HttpStatus.OK);
        assertThat((List<?>) tracking.get("columns")).hasSize(7);
        var outgoingRegister = read(mvc.get().uri("/api/v1/documents/registers/outgoing").with(httpBasic("vanthu.tinh", PASSWORD))
                .exchange(), HttpStatus.OK);
        assertThat(outgoingRegister.get("columns").toString()).contains("Nơi nhận văn bản");
        assertThat((List<?>) outgoingRegister.get("columns")).hasSize(10);

        var pdf = mvc.get().uri("/api/v1/documents/registers/incoming?format=pdf").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Số đến", "Tác giả", number);
        }

        var xlsx = mvc.get().uri("/api/v1/documents/registers/incoming?format=xlsx").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(xlsx).hasStatusOk();
        var cells = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(formatter.formatCellValue(cell)).append('|')));
        }
        assertThat(cells.toString()).contains("Ngày đến", "Số, ký hiệu văn bản", number);

        assertThat(mvc.get().uri("/api/v1/documents/registers/nothing").with(httpBasic("vanthu.tinh", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("DOC_UNKNOWN_REGISTER");
        assertThat(read(mvc.get().uri("/api/v1/documents/registers/incoming").with(httpBasic("vanthu.xa2", PASSWORD))
                .exchange(), HttpStatus.OK).get("rows").toString()).doesNotContain(number);
    }

    // --- outgoing ---

    @Test
    void outgoingDocumentGoesThroughReviewSignatureAndIssueWithConsecutiveNumbers() {
        UUID committee = province().id().value();
        int last = lastNumber(committee, "ADMINISTRATIVE");
        String draftId = draft("chuyenvien.tinh", outgoing(committee, "QUYET_DINH", "Về việc thành lập Tổ công tác"),
                "quyet-dinh.pdf", SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "QUYẾT ĐỊNH",
                        "Về việc thành lập Tổ công tác"));

        expectProblem(post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + draftId + "/submit", Map.of("reviewerIds", List.of())),
                HttpStatus.BAD_REQUEST, "DOC_REVIEWERS_REQUIRED", "reviewerIds");
        post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + draftId + "/submit",
                Map.of("reviewerIds", List.of(official("truongphong.tinh"), official("lanhdao.tinh"))))
                .assertThat().hasStatusOk();
        expectProblem(post("lanhdao.tinh", "/api/v1/documents/outgoing/" + draftId + "/approve", Map.of()),
                HttpStatus.FORBIDDEN, "DOC_NOT_YOUR_TURN", "reviewer");
        post("truongphong.tinh", "/api/v1/documents/outgoing/" + draftId + "/review",
                Map.of("decision", "RETURN", "comment", "Bổ sung căn cứ")).assertThat().hasStatusOk();
        upload("chuyenvien.tinh", draftId, SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "QUYẾT ĐỊNH",
                "Căn cứ Luật Tổ chức chính quyền địa phương;", "Về việc thành lập Tổ công tác"));
        post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + draftId + "/submit",
                Map.of("reviewerIds", List.of(official("truongphong.tinh"), official("lanhdao.tinh"))))
                .assertThat().hasStatusOk();
        post("truongphong.tinh", "/api/v1/documents/outgoing/" + draftId + "/approve", Map.of("comment", "Trình ký"))
                .assertThat().hasStatusOk();
        expectProblem(post("vanthu.tinh", "/api/v1/documents/outgoing/" + draftId + "/issue", issueTo()),
                HttpStatus.CONFLICT, "DOC_WRONG_STATUS", "status");
        post("lanhdao.tinh", "/api/v1/documents/outgoing/" + draftId + "/approve", Map.of()).assertThat().hasStatusOk();
        var signed = read(post("lanhdao.tinh", "/api/v1/documents/outgoing/" + draftId + "/sign", Map.of())
                , HttpStatus.OK);
        assertThat(signed.get("status")).isEqualTo("SIGNED");

        expectProblem(post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + draftId + "/issue", issueTo()),
                HttpStatus.FORBIDDEN, "DOC_NOT_A_CLERK", "agencyId");
        var issued = read(post("vanthu.tinh", "/api/v1/documents/outgoing/" + draftId + "/issue", issueTo())
                , HttpStatus.OK);
        assertThat(issued.get("number")).isEqualTo("%02d".formatted(last + 1));
        assertThat(issued.get("symbol")).isEqualTo("QĐ-UBND");
        assertThat(issued.get("numberAndSymbol")).isEqualTo("%02d/QĐ-UBND".formatted(last + 1));
        assertThat(issued.get("agencySigned")).isEqualTo(true);
        assertThat((String) issued.get("documentId")).startsWith(province().identifierCode() + ",")
                .endsWith("," + issued.get("numberAndSymbol"));

        assertThat(events.stream(OutgoingDocumentIssued.class).filter(e -> e.documentId().toString().equals(draftId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.edxmlDocumentId()).isEqualTo(issued.get("documentId"));
                    assertThat(e.number()).isEqualTo(issued.get("number"));
                    assertThat(e.paperCopy()).isFalse();
                    assertThat(e.recipients()).extracting(OutgoingDocumentIssued.Recipient::identifierCode)
                            .contains("000.00.00.G01");
                });
        var view = read(mvc.get().uri("/api/v1/documents/outgoing/{id}", draftId).with(httpBasic("vanthu.tinh", PASSWORD))
                .exchange(), HttpStatus.OK);
        assertThat(view.get("status")).isEqualTo("ISSUED");
        assertThat((List<?>) view.get("versions")).hasSize(4);
        assertThat((List<?>) view.get("reviews")).hasSize(4);
        var pdf = mvc.get().uri("/api/v1/documents/outgoing/{id}/file", draftId).with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1)).contains("/ByteRange");

        // The Office, a recipient on the platform, registers it from its clerk's queue.
        assertThat(inbox("vanthu.tinh")).anySatisfy(item -> {
            assertThat(item.get("action")).isEqualTo("REGISTER");
            assertThat(item.get("documentId")).isEqualTo(draftId);
        });
        var received = read(post("vanthu.tinh", "/api/v1/documents/incoming/from-outgoing/" + draftId, Map.of()),
                HttpStatus.CREATED);
        assertThat(received.get("numberAndSymbol")).isEqualTo(issued.get("numberAndSymbol"));
        assertThat(received.get("issuerName")).isEqualTo(province().name());
        assertThat(received.get("agencyId")).isEqualTo(office().id().toString());
        expectProblem(post("vanthu.tinh", "/api/v1/documents/incoming/from-outgoing/" + draftId, Map.of()),
                HttpStatus.CONFLICT, "DOC_WRONG_STATUS", "status");

        // The next document of the shared series: a DOCX approved without a digital signature.
        String second = approvedDraft("QUYET_DINH", "Về việc phê duyệt kế hoạch", committee);
        var next = read(post("vanthu.tinh", "/api/v1/documents/outgoing/" + second + "/issue", issueTo())
                , HttpStatus.OK);
        assertThat(next.get("numberAndSymbol")).isEqualTo("%02d/QĐ-UBND".formatted(last + 2));
        assertThat(next.get("agencySigned")).isEqualTo(false);

        // A công văn: agency, then the drafting unit.
        String letter = approvedDraft("CONG_VAN", "V/v báo cáo tiến độ giải ngân", committee);
        var letterNumber = read(post("vanthu.tinh", "/api/v1/documents/outgoing/" + letter + "/issue", issueTo())
                , HttpStatus.OK);
        assertThat(letterNumber.get("symbol")).isEqualTo("UBND-KT");
        assertThat(letterNumber.get("number")).isEqualTo("%02d".formatted(last + 3));

        assertThat(mvc.get().uri("/api/v1/documents/outgoing/{id}", draftId).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);

        // Recalled: the issued document is frozen, the recipient's copy loses its content but keeps its record.
        expectProblem(post("vanthu.tinh", "/api/v1/documents/outgoing/" + draftId + "/recall", Map.of("reason", " ")),
                HttpStatus.BAD_REQUEST, "DOC_MISSING_REASON", "reason");
        var recalled = read(post("vanthu.tinh", "/api/v1/documents/outgoing/" + draftId + "/recall",
                Map.of("reason", "Sai sót về thẩm quyền ban hành")), HttpStatus.OK);
        assertThat(recalled.get("status")).isEqualTo("RECALLED");
        assertThat(recalled.get("numberAndSymbol")).isEqualTo(issued.get("numberAndSymbol"));
        var copy = read(mvc.get().uri("/api/v1/documents/incoming/{id}", received.get("id"))
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.OK);
        assertThat(copy.get("recallReason")).isEqualTo("Sai sót về thẩm quyền ban hành");
        expectProblem(mvc.get().uri("/api/v1/documents/incoming/{id}/file", received.get("id"))
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.GONE, "DOC_RECALLED", "id");
        assertThat(events.stream(DocumentRecalled.class).filter(e -> e.documentId().toString().equals(draftId)))
                .singleElement().satisfies(e -> assertThat(e.edxmlDocumentId()).isEqualTo(issued.get("documentId")));
        assertThat(mvc.get().uri("/api/v1/documents/search?q=thanh lap to cong tac").with(httpBasic("lanhdao.tinh", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().contains(draftId);
    }

    @Test
    void badDraftsAreProblems() {
        expectProblem(mvc.post().uri("/api/v1/documents/outgoing").multipart()
                        .part(metadataPart(outgoing(null, "QUYET_DINH", "x")))
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", "chữ".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange(),
                HttpStatus.BAD_REQUEST, "DOC_UNSUPPORTED_FILE", "file");
        expectProblem(mvc.post().uri("/api/v1/documents/outgoing").multipart()
                        .part(metadataPart(outgoing(committeeOf("04792"), "QUYET_DINH", "x")))
                        .file(new MockMultipartFile("file", "x.docx", "application/octet-stream", SamplePdfs.docx("x")))
                        .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange(),
                HttpStatus.UNPROCESSABLE_CONTENT, "DOC_INVALID_ISSUING_AGENCY", "agencyId");
    }

    // --- helpers ---

    String approvedDraft(String type, String summary, UUID agency) {
        String id = draft("chuyenvien.tinh", outgoing(agency, type, summary), "du-thao.docx", SamplePdfs.docx(summary));
        post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + id + "/submit",
                Map.of("reviewerIds", List.of(official("lanhdao.tinh")))).assertThat().hasStatusOk();
        post("lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/approve", Map.of()).assertThat().hasStatusOk();
        return id;
    }

    String draft(String user, Map<String, Object> metadata, String fileName, byte[] content) {
        var result = mvc.post().uri("/api/v1/documents/outgoing").multipart()
                .part(metadataPart(metadata))
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(httpBasic(user, PASSWORD)).exchange();
        return (String) read(result, HttpStatus.CREATED).get("id");
    }

    void upload(String user, String id, byte[] content) {
        mvc.post().uri("/api/v1/documents/outgoing/{id}/versions", id).multipart()
                .file(new MockMultipartFile("file", "quyet-dinh-v2.pdf", "application/pdf", content))
                .with(httpBasic(user, PASSWORD)).exchange().assertThat().hasStatusOk();
    }

    Map<String, Object> issueTo() {
        return Map.of("recipients", List.of(Map.of("agencyId", office().id().toString()),
                Map.of("name", "Văn phòng Chính phủ", "identifierCode", "000.00.00.G01")), "paperCopy", false);
    }

    Map<String, Object> outgoing(UUID agency, String type, String summary) {
        var metadata = new HashMap<String, Object>();
        if (agency != null) {
            metadata.put("agencyId", agency.toString());
        }
        metadata.put("type", type);
        metadata.put("summary", summary);
        metadata.put("signerName", "Bùi Văn Khánh");
        metadata.put("signerPosition", "Chủ tịch");
        return metadata;
    }

    MvcTestResult register(String user, Map<String, Object> metadata, byte[] pdf) {
        var request = mvc.post().uri("/api/v1/documents/incoming").multipart().part(metadataPart(metadata));
        if (pdf != null) {
            request = request.file(new MockMultipartFile("file", "van-ban-den.pdf", MediaType.APPLICATION_PDF_VALUE, pdf));
        }
        return request.with(httpBasic(user, PASSWORD)).exchange();
    }

    MockPart metadataPart(Map<String, Object> metadata) {
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        return part;
    }

    static Map<String, Object> incoming(String issuer, String numberAndSymbol) {
        var metadata = new HashMap<String, Object>();
        if (issuer != null) {
            metadata.put("issuerName", issuer);
        }
        metadata.put("numberAndSymbol", numberAndSymbol);
        metadata.put("documentDate", LocalDate.now(ZONE).minusDays(2).toString());
        metadata.put("type", "CONG_VAN");
        metadata.put("summary", "V/v triển khai nhiệm vụ " + numberAndSymbol);
        metadata.put("signerName", "Nguyễn Văn A");
        metadata.put("urgency", "NORMAL");
        return metadata;
    }

    MvcTestResult direct(String user, String id, Map<String, Object> body) {
        return post(user, "/api/v1/documents/incoming/" + id + "/direction", body);
    }

    Map<String, Object> direction(UUID lead, LocalDate deadline, UUID support) {
        var body = new HashMap<String, Object>();
        body.put("lead", Map.of("departmentId", lead.toString(), "deadline", deadline.toString(),
                "instruction", "Chủ trì tham mưu trả lời"));
        body.put("support", List.of(Map.of("departmentId", support.toString(), "deadline", deadline.toString())));
        return body;
    }

    MvcTestResult post(String user, String path, Object body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> inbox(String user) {
        var result = mvc.get().uri("/api/v1/documents/inbox").with(httpBasic(user, PASSWORD)).exchange();
        assertThat(result).hasStatusOk();
        return json.readValue(result.getResponse().getContentAsByteArray(), List.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("steps");
    }

    void expectProblem(MvcTestResult result, HttpStatus status, String code, String field) {
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result, HttpStatus status) {
        assertThat(result.getResponse().getStatus()).as(() -> new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(status.value());
        try {
            return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    int lastNumber(UUID agency, String series) {
        return jdbc.query("select last_number from number_sequence where agency_id = ? and series = ? and sequence_year = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, agency, series, LocalDate.now(ZONE).getYear());
    }

    AgencySummary office() {
        return directory.agenciesOfUnit("17").stream().filter(a -> a.abbreviation().equals("VP")).findFirst().orElseThrow();
    }

    AgencySummary province() {
        return directory.agenciesOfUnit("17").stream().filter(a -> a.abbreviation().equals("UBND")).findFirst().orElseThrow();
    }

    UUID committeeOf(String unitCode) {
        return directory.agenciesOfUnit(unitCode).getFirst().id().value();
    }

    UUID department(String abbreviation) {
        return directory.departments(office().id()).stream().filter(d -> d.abbreviation().equals(abbreviation))
                .map(DepartmentSummary::id).findFirst().orElseThrow();
    }

    String official(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow().id().toString();
    }
}
