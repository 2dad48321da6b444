package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureValidator;

/**
 * The result of a real birth-registration dossier: submitted online, accepted by the provincial centre, processed by
 * the commune's specialist and leader, signed by the leader and sealed, verified publicly and released on paper or by
 * the applicant's download (national state 10).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ResultApiTests {

    static final String PASSWORD = "Demo@2026";
    static final byte[] PDF = DossierApiTests.PDF;
    static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    SignatureValidator validator;
    @Autowired
    ApplicationEvents events;

    private UUID agencyOf(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow().agencyId().value();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String submit() throws Exception {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF))
                .with(httpBasic("congdan", PASSWORD)).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(created), "$.code");
    }

    private String state(String code) {
        return jdbc.queryForObject("select state from dossier where code = ?", String.class, code);
    }

    private String awaitTask(String user, UUID dossier, String stepKey) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var list = mvc.get().uri("/api/v1/tasks?size=100").with(httpBasic(user, PASSWORD)).exchange();
            assertThat(list).hasStatusOk();
            List<String> ids = JsonPath.read(body(list), "$.content[?(@.dossierId == '" + dossier
                    + "' && @.stepKey == '" + stepKey + "')].id");
            assertThat(ids).hasSize(1);
            id[0] = ids.getFirst();
        });
        return id[0];
    }

    private void takeAndApprove(String user, UUID dossier, String stepKey) {
        String task = awaitTask(user, dossier, stepKey);
        assertThat(mvc.post().uri("/api/v1/tasks/{id}/claim", task).with(httpBasic(user, PASSWORD))).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/tasks/{id}/complete", task).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\", \"note\": \"Đồng ý\"}"))
                .hasStatusOk();
    }

    /** Submitted by congdan, accepted by motcua.tinh, approved by chuyenvien.xa then lanhdao.xa: RESULT_READY. */
    private String approvedDossier() throws Exception {
        String code = submit();
        UUID id = jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/acceptance", code).with(httpBasic("motcua.tinh", PASSWORD)))
                .hasStatusOk();
        takeAndApprove("chuyenvien.xa", id, "specialist");
        takeAndApprove("lanhdao.xa", id, "leader");
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESULT_READY".equals(state(code)));
        return code;
    }

    private MvcTestResult generate(String user, String code) {
        return mvc.post().uri("/api/v1/dossiers/{code}/result", code).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionText\": \"Cấp Giấy khai sinh cho cháu Nguyễn Thị Mai.\"}").exchange();
    }

    private int history(String code, String state) {
        return jdbc.queryForObject("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id "
                + "where d.code = ? and h.state = ?", Integer.class, code, state);
    }

    @Test
    void theCommuneLeaderSignsTheResultAndTheCentreHandsOverThePaperCopy() throws Exception {
        String code = submit();
        // Received by the provincial centre, settled by the commune (DOMAIN §3.2).
        assertThat(jdbc.queryForObject("select receiving_agency_id from dossier where code = ?", UUID.class, code))
                .isEqualTo(agencyOf("motcua.tinh"));
        assertThat(jdbc.queryForObject("select competent_agency_id from dossier where code = ?", UUID.class, code))
                .isEqualTo(agencyOf("lanhdao.xa"));
        // No result before the approving decision.
        assertThat(generate("lanhdao.xa", code)).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_RESULT_NOT_APPROVED");

        code = approvedDossier();
        assertThat(generate("chuyenvien.xa", code)).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$.code").isEqualTo("DOSSIER_RESULT_NOT_SIGNER");
        // An upload that is not a PDF by its content: a Vietnamese problem, nothing stored.
        var notPdf = mvc.post().uri("/api/v1/dossiers/{code}/result", code).multipart()
                .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf",
                        "không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("lanhdao.xa", PASSWORD)).exchange();
        assertThat(notPdf).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(body(notPdf)).contains("DOSSIER_RESULT_NOT_PDF").contains("không phải là tệp PDF");
        assertThat(jdbc.queryForObject("select count(*) from dossier_result r join dossier d on d.id = r.dossier_id "
                + "where d.code = ?", Integer.class, code)).isZero();

        var signed = generate("lanhdao.xa", code);
        assertThat(signed).hasStatus(HttpStatus.CREATED);
        String verification = JsonPath.read(body(signed), "$.verificationCode");
        assertThat(verification).matches("KQ[A-Z2-9]{10}");
        assertThat(state(code)).isEqualTo("RESULT_READY");
        assertThat(generate("lanhdao.xa", code)).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                .isEqualTo("DOSSIER_RESULT_EXISTS");

        var file = mvc.get().uri("/api/v1/dossiers/{code}/result/file", code).with(httpBasic("motcua.tinh", PASSWORD))
                .exchange();
        assertThat(file).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] pdf = file.getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code).contains("Đăng ký khai sinh").contains("Cấp Giấy khai sinh cho cháu")
                    .contains(verification).contains("/cong-dich-vu-cong/ket-qua/" + verification);
        }
        var report = validator.validate(pdf);
        assertThat(report.signatures()).hasSize(2)
                .allMatch(s -> s.indication() == SignatureResult.Indication.TOTAL_PASSED);

        // The public check: validity and procedure, no applicant data, no sign-in.
        var check = mvc.get().uri("/api/v1/results/{v}/verification", verification).exchange();
        assertThat(check).hasStatusOk().bodyJson().extractingPath("$.valid").isEqualTo(true);
        assertThat(body(check)).contains("1.001193").doesNotContain("Nguyễn Thị Mai").doesNotContain(code);
        var page = mvc.get().uri("/cong-dich-vu-cong/ket-qua/{v}", verification).exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("Kết quả hợp lệ").contains("Chữ ký hợp lệ");
        assertThat(mvc.get().uri("/api/v1/results/{v}/verification", "KQXXXXXXXXXX")).hasStatus(HttpStatus.NOT_FOUND);

        // Paper release: the receiving centre's one-stop officer only, with a valid ID number.
        String release = "{\"collectorName\": \"Lò Thị Hoa\", \"collectorIdNumber\": \"%s\"}";
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/result/paper-release", code)
                .with(httpBasic("lanhdao.xa", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(release.formatted("017190004567"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/result/paper-release", code)
                .with(httpBasic("motcua.tinh", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(release.formatted("12ab"))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(state(code)).isEqualTo("RESULT_READY");
        events.clear();
        var released = mvc.post().uri("/api/v1/dossiers/{code}/result/paper-release", code)
                .with(httpBasic("motcua.tinh", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(release.formatted("017190004567")).exchange();
        assertThat(released).hasStatusOk().bodyJson().extractingPath("$.releaseChannel").isEqualTo("PAPER");
        assertThat(state(code)).isEqualTo("RESULT_RETURNED");
        assertThat(history(code, "RESULT_RETURNED")).isEqualTo(1);
        String finalCode = code;
        assertThat(events.stream(DossierStateChanged.class).filter(e -> e.code().equals(finalCode)))
                .singleElement().satisfies(e -> {
                    assertThat(e.to()).isEqualTo(DossierState.RESULT_RETURNED);
                    assertThat(e.nationalState()).isEqualTo(10);
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'dossier.result-returned-paper' "
                + "and details like ?", Integer.class, code + "%")).isEqualTo(1);
        // Twice: refused, nothing changed.
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/result/paper-release", code)
                .with(httpBasic("motcua.tinh", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(release.formatted("017190004567"))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("DOSSIER_RESULT_ALREADY_RELEASED");
        assertThat(history(code, "RESULT_RETURNED")).isEqualTo(1);
    }

    @Test
    void theApplicantsFirstDownloadReleasesTheResultElectronically() throws Exception {
        String code = approvedDossier();
        assertThat(mvc.get().uri("/api/v1/dossiers/{code}/result/download", code).with(httpBasic("congdan", PASSWORD)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_RESULT_MISSING");
        var upload = mvc.post().uri("/api/v1/dossiers/{code}/result", code).multipart()
                .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/octet-stream", uploadedPdf()))
                .with(httpBasic("lanhdao.xa", PASSWORD)).exchange();
        assertThat(upload).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.source").isEqualTo("UPLOADED");

        // Someone else's dossier does not exist for another citizen.
        var first = mvc.get().uri("/api/v1/dossiers/{code}/result/download", code).with(httpBasic("congdan", PASSWORD))
                .exchange();
        assertThat(first).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(validator.validate(first.getResponse().getContentAsByteArray()).signatures()).hasSize(2)
                .allMatch(s -> s.indication() == SignatureResult.Indication.TOTAL_PASSED);
        assertThat(state(code)).isEqualTo("RESULT_RETURNED");
        assertThat(mvc.get().uri("/api/v1/dossiers/{code}/result/download", code).with(httpBasic("congdan", PASSWORD)))
                .hasStatusOk();
        assertThat(history(code, "RESULT_RETURNED")).isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/dossiers/{code}/result", code).with(httpBasic("motcua.tinh", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.releaseChannel").isEqualTo("ELECTRONIC");
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/result/paper-release", code)
                .with(httpBasic("motcua.tinh", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"collectorName\": \"Lò Thị Hoa\", \"collectorIdNumber\": \"017190004567\"}"))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aDossierNotGrantedGetsASignedWrittenRefusalWithItsReasonsReleasedLikeAResult() throws Exception {
        String code = submit();
        UUID id = jdbc.queryForObject("select id from dossier where code = ?", UUID.class, code);
        assertThat(mvc.post().uri("/api/v1/dossiers/{code}/acceptance", code).with(httpBasic("motcua.tinh", PASSWORD)))
                .hasStatusOk();
        takeAndApprove("chuyenvien.xa", id, "specialist");
        String leader = awaitTask("lanhdao.xa", id, "leader");
        assertThat(mvc.post().uri("/api/v1/tasks/{id}/claim", leader).with(httpBasic("lanhdao.xa", PASSWORD))).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/tasks/{id}/complete", leader).with(httpBasic("lanhdao.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"REFUSE\", \"note\": \"Không đủ điều kiện\"}")).hasStatusOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESULT_READY".equals(state(code)));

        var empty = mvc.post().uri("/api/v1/dossiers/{code}/result", code).with(httpBasic("lanhdao.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
        assertThat(empty).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail").asString()
                .contains("Lý do không giải quyết");
        var made = mvc.post().uri("/api/v1/dossiers/{code}/result", code).with(httpBasic("lanhdao.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionText\": \"Người mẹ không cư trú tại xã Thái Bình.\"}").exchange();
        assertThat(made).hasStatus(HttpStatus.CREATED);
        assertThat((Boolean) JsonPath.read(body(made), "$.refusal")).isTrue();
        assertThat((String) JsonPath.read(body(made), "$.fileName")).endsWith("-tra-loi.pdf");

        var download = mvc.get().uri("/api/v1/dossiers/{code}/result/download", code).with(httpBasic("congdan", PASSWORD))
                .exchange();
        assertThat(download).hasStatusOk();
        byte[] pdf = download.getResponse().getContentAsByteArray();
        assertThat(validator.validate(pdf).signatures()).hasSize(2)
                .allMatch(s -> s.indication() == SignatureResult.Indication.TOTAL_PASSED);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("VĂN BẢN TRẢ LỜI").contains("không giải quyết hồ sơ")
                    .contains("Người mẹ không cư trú tại xã Thái Bình.").doesNotContain("KẾT QUẢ GIẢI QUYẾT");
        }
        assertThat(state(code)).isEqualTo("RESULT_RETURNED");
        var signedIn = mvc.post().uri("/login").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()).param("username", "lanhdao.xa").param("password", PASSWORD)
                .exchange();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(mvc.get().uri("/mot-cua/ho-so/{code}", code).session(session)).hasStatusOk()
                .bodyText().contains("Văn bản trả lời không giải quyết hồ sơ");
    }

    /** A one-page PDF made with PDFBox, as an agency's own decision file would be. */
    private static byte[] uploadedPdf() throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
