package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/** Files (hồ sơ) through the API: the file plan, linking documents, closing, exports and access. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordFileApiTests {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theClerkPlansAFileWithItsCodeAndASpecialistOpensIt() {
        String notation = notation();
        var planned = read(post("vanthu.tinh", "/api/v1/documents/files", plan(null, notation, "Hồ sơ tổ chức Hội nghị")),
                HttpStatus.CREATED);
        int year = LocalDate.now(ZONE).getYear();
        assertThat(planned.get("fileCode")).isEqualTo(office().identifierCode() + "." + year + "." + notation);
        assertThat(planned.get("status")).isEqualTo("PLANNED");
        assertThat(planned.get("maintenance")).isEqualTo("10 năm");
        assertThat(planned.get("language")).isEqualTo("Tiếng Việt");

        var opened = read(post("chuyenvien.tinh", "/api/v1/documents/files/" + planned.get("id") + "/open", Map.of()),
                HttpStatus.OK);
        assertThat(opened.get("status")).isEqualTo("OPEN");
        assertThat(opened.get("creatorName")).isEqualTo("Phạm Văn Hùng");
        assertThat(opened.get("startDate")).isEqualTo(LocalDate.now(ZONE).toString());

        var plan = mvc.get().uri("/api/v1/documents/files?year=" + year).with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        assertThat(plan).hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(planned.get("id"));
        assertThat(audits((String) planned.get("id"))).contains("record-file.planned", "record-file.opened");
    }

    @Test
    void badPlanEntriesAreProblemsAndOnlyTheClerkPlans() {
        String notation = notation();
        post("vanthu.tinh", "/api/v1/documents/files", plan(null, notation, "Hồ sơ A")).assertThat().hasStatus(HttpStatus.CREATED);
        expectProblem(post("vanthu.tinh", "/api/v1/documents/files", plan(null, notation, "Hồ sơ B")),
                HttpStatus.CONFLICT, "DOC_FILE_NOTATION_TAKEN", "fileNotation");
        expectProblem(post("vanthu.tinh", "/api/v1/documents/files", plan(null, "01 VP", "Hồ sơ C")),
                HttpStatus.BAD_REQUEST, "DOC_INVALID_FILE_NOTATION", "fileNotation");
        expectProblem(post("vanthu.tinh", "/api/v1/documents/files", plan(null, notation(), " ")),
                HttpStatus.BAD_REQUEST, "DOC_MISSING_FILE_TITLE", "title");
        var noRetention = plan(null, notation(), "Hồ sơ D");
        noRetention.remove("maintenance");
        expectProblem(post("vanthu.tinh", "/api/v1/documents/files", noRetention),
                HttpStatus.BAD_REQUEST, "DOC_MISSING_MAINTENANCE", "maintenance");
        expectProblem(post("chuyenvien.tinh", "/api/v1/documents/files", plan(null, notation(), "Hồ sơ E")),
                HttpStatus.FORBIDDEN, "DOC_NOT_A_FILE_KEEPER", "agencyId");
        assertThat(mvc.get().uri("/api/v1/documents/files/{id}", UUID.randomUUID()).with(httpBasic("vanthu.tinh", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("DOC_UNKNOWN_FILE");
    }

    @Test
    void aDocumentInTwoFilesIsLinkedNotCopiedAndOrderedByTheDocumentsDates() {
        String late = registered("vanthu.tinh", null, 3);
        String early = registered("vanthu.tinh", null, 12);
        String middle = registered("vanthu.tinh", null, 7);
        String first = openFile("vanthu.tinh", null);
        String second = openFile("vanthu.tinh", null);
        long storedFiles = count("document_file");
        long documents = count("incoming_document");

        attach(first, late).assertThat().hasStatusOk();
        attach(first, early).assertThat().hasStatusOk();
        var file = read(attach(first, middle), HttpStatus.OK);
        assertThat(ids(file)).containsExactly(early, middle, late);
        assertThat(ordinals(file)).containsExactly(1, 2, 3);
        assertThat(file.get("docTotal")).isEqualTo(3);

        var other = read(attach(second, late), HttpStatus.OK);
        assertThat(ids(other)).containsExactly(late);
        assertThat(ordinals(other)).containsExactly(1);
        assertThat(count("document_file")).as("no content copied").isEqualTo(storedFiles);
        assertThat(count("incoming_document")).isEqualTo(documents);
        assertThat(jdbc.queryForObject("select count(*) from record_file_document where document_id = ?", Long.class,
                UUID.fromString(late))).isEqualTo(2);

        expectProblem(attach(first, late), HttpStatus.CONFLICT, "DOC_ALREADY_IN_FILE", "documentId");

        String middleLink = linkOf(file, middle);
        var detached = read(mvc.delete().uri("/api/v1/documents/files/{id}/documents/{link}", first, middleLink)
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.OK);
        assertThat(ids(detached)).containsExactly(early, late);
        assertThat(ordinals(detached)).containsExactly(1, 2);
        assertThat(count("incoming_document")).isEqualTo(documents);
        assertThat(audits(first)).contains("record-file.document-attached", "record-file.document-detached");
        expectProblem(mvc.delete().uri("/api/v1/documents/files/{id}/documents/{link}", first, middleLink)
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.NOT_FOUND, "DOC_UNKNOWN_FILE_LINK", "linkId");
    }

    @Test
    void exportedXmlHasTheAppendixSixFieldsWithDocumentsInChronologicalOrder() throws Exception {
        String late = registered("vanthu.tinh", null, 2);
        String early = registered("vanthu.tinh", null, 9);
        String file = openFile("vanthu.tinh", null);
        attach(file, late).assertThat().hasStatusOk();
        attach(file, early).assertThat().hasStatusOk();

        var result = mvc.get().uri("/api/v1/documents/files/{id}/export?format=xml", file)
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(result).hasStatusOk();
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())).getDocumentElement();
        assertThat(xml.getTagName()).isEqualTo("File");
        Element code = child(xml, "FileCode");
        assertThat(text(code, "OrganId")).isEqualTo(office().identifierCode());
        assertThat(text(code, "FileCatalog")).isEqualTo(String.valueOf(LocalDate.now(ZONE).getYear()));
        assertThat(text(code, "FileNotation")).isNotBlank();
        for (String field : List.of("Title", "Maintenance", "Rights", "Creator", "Language", "StartDate", "EndDate",
                "DocTotal", "PageTotal", "Description")) {
            assertThat(xml.getElementsByTagName(field).getLength()).as(field).isPositive();
        }
        assertThat(text(xml, "DocTotal")).isEqualTo("2");
        var documents = child(xml, "Documents").getElementsByTagName("IncomingDocument");
        assertThat(documents.getLength()).isEqualTo(2);
        var dates = new ArrayList<LocalDate>();
        for (int i = 0; i < documents.getLength(); i++) {
            var document = (Element) documents.item(i);
            assertThat(text(document, "DocOrdinal")).isEqualTo(String.valueOf(i + 1));
            for (String field : List.of("FileCode", "TypeName", "CodeNumber", "CodeNotation", "IssuedDate", "OrganName",
                    "Subject", "Language", "PageAmount", "SignerInfo", "ArrivalDate", "ArrivalNumber", "Priority",
                    "ToPlaces", "DueDate")) {
                assertThat(document.getElementsByTagName(field).getLength()).as(field).isPositive();
            }
            dates.add(LocalDate.parse(text(document, "IssuedDate"), DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        }
        assertThat(dates).isSorted().containsExactly(LocalDate.now(ZONE).minusDays(9), LocalDate.now(ZONE).minusDays(2));
        assertThat(text((Element) documents.item(0), "CodeNotation")).isEqualTo("STC-NS");
        assertThat(audits(file)).contains("record-file.exported");
    }

    @Test
    void exportedPdfIsAnIndexPageThenTheDocumentsAndTheirAnnexesAndNamesTheDocxItLeftOut() throws Exception {
        UUID committee = province().id().value();
        String first = registered("vanthu.tinh", committee, 6);
        String second = registered("vanthu.tinh", committee, 4);
        String issuedDocx = issuedDocx(committee);
        mvc.post().uri("/api/v1/documents/incoming/{id}/attachments", second).multipart()
                .file(new MockMultipartFile("file", "phu-luc.pdf", MediaType.APPLICATION_PDF_VALUE,
                        SamplePdfs.withText("Phụ lục kèm theo")))
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange().assertThat().hasStatus(HttpStatus.CREATED);
        String file = openFile("vanthu.tinh", committee);
        attach(file, second).assertThat().hasStatusOk();
        attach(file, first).assertThat().hasStatusOk();
        var withDocx = read(post("vanthu.tinh", "/api/v1/documents/files/" + file + "/documents",
                Map.of("kind", "OUTGOING", "documentId", issuedDocx)), HttpStatus.OK);
        assertThat(ids(withDocx)).containsExactly(first, second, issuedDocx);

        var result = mvc.get().uri("/api/v1/documents/files/{id}/export?format=pdf", file)
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).as("index page, one page for each PDF, the annex").isEqualTo(4);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String index = stripper.getText(pdf);
            assertThat(index).contains("MỤC LỤC VĂN BẢN TRONG HỒ SƠ", "1. Công văn", "3. ", "không phải PDF",
                    "kèm 1 phụ lục");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Nội dung văn bản");
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            assertThat(stripper.getText(pdf)).as("the annex follows its document").contains("Phụ lục kèm theo");
        }
    }

    @Test
    void closingSetsTheEndAndTheTransferDateAndListsFilesDueWithinThirtyDays() {
        String file = openFile("vanthu.tinh", null);
        LocalDate today = LocalDate.now(ZONE);
        var closed = read(post("vanthu.tinh", "/api/v1/documents/files/" + file + "/close", Map.of()), HttpStatus.OK);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("endDate")).isEqualTo(today.toString());
        assertThat(closed.get("transferDue")).isEqualTo(today.plusYears(1).toString());
        assertThat(closed.get("dueForTransferSoon")).isEqualTo(false);
        expectProblem(attach(file, registered("vanthu.tinh", null, 1)), HttpStatus.CONFLICT, "DOC_FILE_NOT_OPEN", "status");
        assertThat(audits(file)).contains("record-file.closed");

        String old = openFile("vanthu.tinh", null);
        jdbc.update("update record_file set start_date = ? where id = ?", today.minusDays(400), UUID.fromString(old));
        expectProblem(post("vanthu.tinh", "/api/v1/documents/files/" + old + "/close",
                Map.of("endDate", today.minusDays(401).toString())), HttpStatus.BAD_REQUEST,
                "DOC_FILE_END_DATE_OUT_OF_RANGE", "endDate");
        var ended = read(post("vanthu.tinh", "/api/v1/documents/files/" + old + "/close",
                Map.of("endDate", today.minusDays(345).toString())), HttpStatus.OK);
        assertThat(ended.get("dueForTransferSoon")).isEqualTo(true);

        var due = mvc.get().uri("/api/v1/documents/files?dueForTransfer=true").with(httpBasic("vanthu.tinh", PASSWORD)).exchange();
        assertThat(due).hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(old).doesNotContain(file);
    }

    @Test
    void anotherCommunesClerkCannotSeeNorFillNorExportAFile() {
        String file = openFile("vanthu.xa", null);
        String document = registered("vanthu.xa", null, 2);
        attach("vanthu.xa", file, document).assertThat().hasStatusOk();

        for (var request : List.of(
                mvc.get().uri("/api/v1/documents/files/{id}", file),
                mvc.get().uri("/api/v1/documents/files/{id}/export?format=xml", file),
                mvc.get().uri("/api/v1/documents/files/{id}/export?format=pdf", file))) {
            var result = request.with(httpBasic("vanthu.xa2", PASSWORD)).exchange();
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("%PDF", "<File");
        }
        assertThat(attach("vanthu.xa2", file, document)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("vanthu.xa2", "/api/v1/documents/files/" + file + "/close", Map.of())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/documents/files").with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().doesNotContain(file);

        String theirFile = openFile("vanthu.xa2", null);
        expectProblem(attach("vanthu.xa2", theirFile, document), HttpStatus.FORBIDDEN, "ACCESS_DENIED", null);
    }

    @Test
    void aClassifiedDocumentInAFileIsCountedButNotShownToThoseNotCleared() {
        var metadata = incoming("Công an tỉnh", "9/CAT-PV01-" + ThreadLocalRandom.current().nextInt(100000), 3);
        metadata.put("secrecy", "CONFIDENTIAL");
        String secret = (String) read(register("vanthu.tinh", metadata), HttpStatus.CREATED).get("id");
        String plain = registered("vanthu.tinh", null, 4);
        for (String document : List.of(secret, plain)) {
            post("lanhdao.tinh", "/api/v1/documents/incoming/" + document + "/direction", Map.of("lead",
                    Map.of("departmentId", economy().toString(), "deadline", LocalDate.now(ZONE).plusDays(10).toString())))
                    .assertThat().hasStatusOk();
        }
        String file = openFile("vanthu.tinh", null);
        attach(file, secret).assertThat().hasStatusOk();
        attach(file, plain).assertThat().hasStatusOk();

        var specialistView = read(mvc.get().uri("/api/v1/documents/files/{id}", file)
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange(), HttpStatus.OK);
        assertThat(ids(specialistView)).as("the specialist of the lead unit sees the plain one only").containsExactly(plain);
        assertThat(specialistView.get("withheldDocuments")).isEqualTo(1);
        assertThat(specialistView.get("docTotal")).isEqualTo(2);
        var clerkView = read(mvc.get().uri("/api/v1/documents/files/{id}", file)
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange(), HttpStatus.OK);
        assertThat(ids(clerkView)).contains(secret, plain);
    }

    // --- helpers ---

    String openFile(String clerk, UUID agency) {
        var planned = read(post(clerk, "/api/v1/documents/files", plan(agency, notation(), "Hồ sơ công tác "
                + notation())), HttpStatus.CREATED);
        String id = (String) planned.get("id");
        read(post(clerk, "/api/v1/documents/files/" + id + "/open", Map.of()), HttpStatus.OK);
        return id;
    }

    static Map<String, Object> plan(UUID agency, String notation, String title) {
        var body = new HashMap<String, Object>();
        if (agency != null) {
            body.put("agencyId", agency.toString());
        }
        body.put("fileNotation", notation);
        body.put("title", title);
        body.put("maintenance", "10 năm");
        return body;
    }

    static String notation() {
        return "T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + ".VP";
    }

    String registered(String clerk, UUID agency, int daysAgo) {
        var metadata = incoming("Sở Tài chính", ThreadLocalRandom.current().nextInt(1, 99999) + "/STC-NS", daysAgo);
        if (agency != null) {
            metadata.put("agencyId", agency.toString());
        }
        return (String) read(register(clerk, metadata), HttpStatus.CREATED).get("id");
    }

    static Map<String, Object> incoming(String issuer, String numberAndSymbol, int daysAgo) {
        var metadata = new HashMap<String, Object>();
        metadata.put("issuerName", issuer);
        metadata.put("numberAndSymbol", numberAndSymbol);
        metadata.put("documentDate", LocalDate.now(ZONE).minusDays(daysAgo).toString());
        metadata.put("type", "CONG_VAN");
        metadata.put("summary", "V/v triển khai nhiệm vụ " + numberAndSymbol);
        metadata.put("signerName", "Nguyễn Văn A");
        metadata.put("urgency", "NORMAL");
        return metadata;
    }

    MvcTestResult register(String user, Map<String, Object> metadata) {
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        return mvc.post().uri("/api/v1/documents/incoming").multipart().part(part)
                .file(new MockMultipartFile("file", "van-ban-den.pdf", MediaType.APPLICATION_PDF_VALUE,
                        SamplePdfs.withText("Nội dung văn bản " + metadata.get("numberAndSymbol"))))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    String issuedDocx(UUID agency) {
        var metadata = new HashMap<String, Object>();
        metadata.put("agencyId", agency.toString());
        metadata.put("type", "CONG_VAN");
        metadata.put("summary", "V/v báo cáo kết quả công tác");
        metadata.put("signerName", "Bùi Văn Khánh");
        metadata.put("signerPosition", "Chủ tịch");
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        var drafted = mvc.post().uri("/api/v1/documents/outgoing").multipart().part(part)
                .file(new MockMultipartFile("file", "du-thao.docx", "application/octet-stream",
                        SamplePdfs.docx("Báo cáo kết quả công tác")))
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        String id = (String) read(drafted, HttpStatus.CREATED).get("id");
        post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + id + "/submit",
                Map.of("reviewerIds", List.of(official("lanhdao.tinh")))).assertThat().hasStatusOk();
        post("lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/approve", Map.of()).assertThat().hasStatusOk();
        read(post("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/issue", Map.of("recipients",
                List.of(Map.of("name", "Văn phòng Chính phủ", "identifierCode", "000.00.00.G01")), "paperCopy", false)),
                HttpStatus.OK);
        return id;
    }

    MvcTestResult attach(String file, String incomingId) {
        return attach("vanthu.tinh", file, incomingId);
    }

    MvcTestResult attach(String user, String file, String incomingId) {
        return post(user, "/api/v1/documents/files/" + file + "/documents", Map.of("kind", "INCOMING", "documentId", incomingId));
    }

    MvcTestResult post(String user, String path, Object body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Map<String, Object> file) {
        return (List<Map<String, Object>>) file.get("documents");
    }

    static List<Object> ids(Map<String, Object> file) {
        return documents(file).stream().map(d -> d.get("documentId")).toList();
    }

    static List<Object> ordinals(Map<String, Object> file) {
        return documents(file).stream().map(d -> d.get("docOrdinal")).toList();
    }

    static String linkOf(Map<String, Object> file, String documentId) {
        return documents(file).stream().filter(d -> documentId.equals(d.get("documentId")))
                .map(d -> (String) d.get("linkId")).findFirst().orElseThrow();
    }

    static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagName(name).item(0);
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    List<String> audits(String fileId) {
        return jdbc.queryForList("select action from audit_entry where object_id = ?", String.class, fileId);
    }

    void expectProblem(MvcTestResult result, HttpStatus status, String code, String field) {
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
        if (field != null) {
            assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result, HttpStatus status) {
        assertThat(result.getResponse().getStatus())
                .as(() -> new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(status.value());
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    AgencySummary office() {
        return directory.agenciesOfUnit("17").stream().filter(a -> a.abbreviation().equals("VP")).findFirst().orElseThrow();
    }

    AgencySummary province() {
        return directory.agenciesOfUnit("17").stream().filter(a -> a.abbreviation().equals("UBND")).findFirst().orElseThrow();
    }

    UUID economy() {
        return directory.departments(office().id()).stream().filter(d -> d.name().equals("Phòng Kinh tế"))
                .map(vn.openprovince.organization.DepartmentSummary::id).findFirst().orElseThrow();
    }

    String official(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow().id().toString();
    }
}
