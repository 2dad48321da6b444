package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlWriter;
import vn.openprovince.exchange.edxml.StatusMessage;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.XmlSealSigner;

/** The inbound endpoint's rejections, each with its reason and status 02, and the directory API. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeApiTests {

    static final String PASSWORD = "Demo@2026";
    static final String PEER_AGENCY = "000.00.00.H95";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    XmlSealSigner signer;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rejectsMalformedXmlWithStatus02AndTheReason() {
        expectRejected(receive("<edXML><broken>".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST,
                "EXC_MALFORMED_XML", "package");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'exchange.package-rejected'",
                Integer.class)).isPositive();
    }

    @Test
    void onlyAuthenticatedPeersMayPost() {
        assertThat(mvc.post().uri("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML)
                .content("<edXML/>").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void rejectsAnUnsignedPackage() {
        expectRejected(receive(Edxml.serialize(EdxmlWriter.write(pkg(ourAgencyCode())))), HttpStatus.BAD_REQUEST,
                "EXC_MISSING_SIGNATURE", "Signature");
    }

    @Test
    void rejectsAPackageChangedAfterSigning() {
        String xml = new String(signed(pkg(ourAgencyCode())), StandardCharsets.UTF_8)
                .replace("Về việc tiếp nhận liên thông", "Về việc khác");
        expectRejected(receive(xml.getBytes(StandardCharsets.UTF_8)), HttpStatus.FORBIDDEN, "EXC_BAD_SIGNATURE",
                "Signature");
    }

    @Test
    void rejectsASenderThePlatformIsNotConfiguredToTrust() {
        expectRejected(receive(signed(pkg("000.00.00.H89", ourAgencyCode()))), HttpStatus.FORBIDDEN,
                "EXC_UNKNOWN_SENDER", "From");
    }

    @Test
    void rejectsAMisaddressedPackageAndStoresNothing() {
        putPeerAgency();
        int before = jdbc.queryForObject("select count(*) from exchange_arrival", Integer.class);
        expectRejected(receive(signed(pkg("000.00.09.H94"))), HttpStatus.UNPROCESSABLE_CONTENT,
                "EXC_UNKNOWN_RECIPIENT", "To");
        assertThat(jdbc.queryForObject("select count(*) from exchange_arrival", Integer.class)).isEqualTo(before);
    }

    @Test
    void aRecallOfADocumentThatNeverArrivedIsRejected() {
        assertThat(put("/api/v1/exchange/directory/000.00.00.H88", Map.of("name", "UBND tỉnh khác", "route", "PEER",
                "endpoint", "https://other.example"))).hasStatusOk();
        var sent = pkg("000.00.00.H88", ourAgencyCode());
        var recall = new EdxmlPackage(sent.header(), sent.traces(), new EdxmlPackage.Business(1, "Sai nơi nhận", false, null),
                List.of());
        expectRejected(receive(signed(recall)), HttpStatus.NOT_FOUND, "EXC_UNKNOWN_DOCUMENT", "DocumentId");
    }

    @Test
    void theQueueShowsThatTheArrivedPdfIsUnsignedBeforeRegistration() throws Exception {
        assertThat(put("/api/v1/exchange/directory/000.00.00.H84", Map.of("name", "UBND tỉnh gửi", "route", "PEER",
                "endpoint", "http://127.0.0.1:9"))).hasStatusOk();
        var base = pkg("000.00.00.H84", ourAgencyCode());
        var unsignedPdf = new EdxmlPackage(base.header(), base.traces(), base.business(),
                List.of(new EdxmlPackage.Attachment("c1", "cv.pdf", "application/pdf", null,
                        vn.openprovince.document.SamplePdfs.letter("CHỦ TỊCH", "Lê Văn B", "CÔNG VĂN", "Không ký"))));
        assertThat(receive(signed(unsignedPdf))).hasStatusOk();
        var queue = mvc.get().uri("/api/v1/exchange/arrivals?size=100").with(httpBasic("vanthu.xa", PASSWORD)).exchange();
        assertThat(queue).hasStatusOk().bodyJson()
                .extractingPath("$.content[?(@.senderOrganId == '000.00.00.H84')].pdfSignature.status")
                .asArray().containsExactly("UNSIGNED");

        // the sender then asks for an update: the clerk's page shows the check and the request with its buttons
        var update = new EdxmlPackage(unsignedPdf.header(), unsignedPdf.traces(),
                new EdxmlPackage.Business(2, "Sửa trích yếu", false, null), unsignedPdf.attachments());
        assertThat(receive(signed(update))).hasStatusOk();
        var page = mvc.get().uri("/exchange/arrivals").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("vanthu.xa"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Không có chữ ký số")
                .contains("Nơi gửi đề nghị cập nhật văn bản: Sửa trích yếu").contains("/change");
    }

    @Test
    void anUpdateOfADocumentThatNeverArrivedIsRejected() {
        assertThat(put("/api/v1/exchange/directory/000.00.00.H86", Map.of("name", "UBND tỉnh khác", "route", "PEER",
                "endpoint", "https://other.example"))).hasStatusOk();
        var sent = pkg("000.00.00.H86", ourAgencyCode());
        var update = new EdxmlPackage(sent.header(), sent.traces(), new EdxmlPackage.Business(2, "Sửa trích yếu", false,
                null), sent.attachments());
        expectRejected(receive(signed(update)), HttpStatus.NOT_FOUND, "EXC_UNKNOWN_DOCUMENT", "DocumentId");
    }

    @Test
    void aStatusForAnUnknownDocumentIsRejected() {
        var status = new StatusMessage(PEER_AGENCY, "07/UBND-VP", LocalDate.now(Edxml.ZONE).minusDays(1),
                PEER_AGENCY + ",2026/01/05,07/UBND-VP", new EdxmlPackage.Organ(PEER_AGENCY, "Sở khác", null), "03",
                "Đã vào sổ", LocalDateTime.now(Edxml.ZONE), null, null);
        Document doc = EdxmlWriter.write(status);
        signer.signEnveloped(doc, (Element) doc.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                clerkAgency());
        expectRejected(receive(Edxml.serialize(doc)), HttpStatus.NOT_FOUND, "EXC_UNKNOWN_DOCUMENT", "DocumentId");
    }

    @Test
    void administratorsKeepTheDirectoryAndImportAllOrNothing() throws Exception {
        // re-runnable on a kept PostgreSQL database: the import below must start without this entry
        jdbc.update("delete from exchange_directory_entry where organ_id = '000.00.00.H92'");
        putPeerAgency();
        assertThat(put("/api/v1/exchange/directory/12345", Map.of("name", "X", "route", "PEER",
                "endpoint", "https://peer.example"))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.code").isEqualTo("EXC_INVALID_ORGAN_ID");
        assertThat(put("/api/v1/exchange/directory/" + ourAgencyCode(), Map.of("name", "X", "route", "PEER",
                "endpoint", "https://peer.example"))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("EXC_AGENCY_ON_THIS_PLATFORM");
        assertThat(put("/api/v1/exchange/directory/000.00.00.H93", Map.of("name", "X", "route", "PEER",
                "endpoint", "http://peer.example"))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.code").isEqualTo("EXC_INVALID_ENDPOINT");

        var export = mvc.get().uri("/api/v1/exchange/directory/export?format=csv").with(httpBasic("admin", PASSWORD))
                .exchange();
        assertThat(export).hasStatusOk();
        String csv = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("organId,name,route,endpoint\n").contains(PEER_AGENCY + ",UBND tỉnh bạn,PEER,https://peer.example")
                .contains(",THIS_PLATFORM,");

        var rejected = mvc.post().uri("/api/v1/exchange/directory/import").contentType("text/csv")
                .content("organId,name,route,endpoint\n000.00.00.H92,Sở A,PEER,https://a.example\nxyz,Sở B,PEER,https://b.example\n")
                .with(httpBasic("admin", PASSWORD)).exchange();
        assertThat(rejected).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("EXC_INVALID_IMPORT");
        assertThat(jdbc.queryForObject("select count(*) from exchange_directory_entry where organ_id = '000.00.00.H92'",
                Integer.class)).isZero();

        var imported = mvc.post().uri("/api/v1/exchange/directory/import").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"organId\":\"000.00.00.H92\",\"name\":\"Sở A\",\"route\":\"NATIONAL\"}]")
                .with(httpBasic("admin", PASSWORD)).exchange();
        assertThat(imported).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
        assertThat(mvc.put().uri("/api/v1/exchange/directory/000.00.00.H91").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"X\",\"route\":\"NATIONAL\"}").with(httpBasic("vanthu.tinh", PASSWORD)).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    // --- helpers ---

    String ourAgencyCode() {
        return organization.agency(clerkAgency()).orElseThrow().identifierCode();
    }

    AgencyId clerkAgency() {
        return organization.officialByEmail("vanthu.xa@demo.openprovince.vn").orElseThrow().agencyId();
    }

    void putPeerAgency() {
        assertThat(put("/api/v1/exchange/directory/" + PEER_AGENCY, Map.of("name", "UBND tỉnh bạn", "route", "PEER",
                "endpoint", "https://peer.example"))).hasStatusOk();
    }

    EdxmlPackage pkg(String to) {
        return pkg(PEER_AGENCY, to);
    }

    /** A package from {@code from} (a code other tests never enter in the directory, or the peer's). */
    EdxmlPackage pkg(String from, String to) {
        LocalDate date = LocalDate.now(Edxml.ZONE).minusDays(1);
        var header = new EdxmlPackage.MessageHeader(new EdxmlPackage.Organ(from, "UBND tỉnh bạn", null),
                List.of(new EdxmlPackage.Organ(to, "Nơi nhận", null)), "07", "UBND-VP", null, date, "CONG_VAN",
                "Công văn", "Về việc tiếp nhận liên thông", null, "Chủ tịch", "Lê Văn B", null, 0, 1,
                from + "," + Edxml.DATE.format(date) + ",07/UBND-VP");
        return new EdxmlPackage(header, List.of(new EdxmlPackage.TraceHeader(from, LocalDateTime.now(Edxml.ZONE))),
                EdxmlPackage.Business.newDocument(false, null),
                List.of(new EdxmlPackage.Attachment("c1", "cv.pdf", "application/pdf", null,
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))));
    }

    /** Signed with a key this platform trusts (the demo PKI), standing in for a peer's agency. */
    byte[] signed(EdxmlPackage pkg) {
        Document doc = EdxmlWriter.write(pkg);
        signer.signEnveloped(doc, (Element) doc.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                clerkAgency());
        return Edxml.serialize(doc);
    }

    MvcTestResult receive(byte[] xml) {
        return mvc.post().uri("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).content(xml)
                .with(httpBasic("admin", PASSWORD)).exchange();
    }

    MvcTestResult put(String path, Object body) {
        return mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic("admin", PASSWORD)).exchange();
    }

    void expectRejected(MvcTestResult result, HttpStatus status, String code, String field) {
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.statusCode").isEqualTo("02");
    }
}
