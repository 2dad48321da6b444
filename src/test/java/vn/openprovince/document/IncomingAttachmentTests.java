package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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

/** Phụ lục: further PDF files of an incoming document, checked like the main one, downloadable, audited. */
@SpringBootTest
@AutoConfigureMockMvc
class IncomingAttachmentTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theClerkAddsAnnexesInOrderAndTheyDownloadAsUploaded() {
        String id = registered("vanthu.xa");
        byte[] first = SamplePdfs.withText("Phụ lục I: Danh sách hộ gia đình");
        byte[] second = SamplePdfs.withText("Phụ lục II: Dự toán kinh phí");

        var one = read(add("vanthu.xa", id, "phu-luc-1.pdf", first), HttpStatus.CREATED);
        var two = read(add("vanthu.xa", id, "phu-luc-2.pdf", second), HttpStatus.CREATED);
        assertThat(one.get("ordinal")).isEqualTo(1);
        assertThat(two.get("ordinal")).isEqualTo(2);
        assertThat(two.get("pages")).isEqualTo(1);

        var list = mvc.get().uri("/api/v1/documents/incoming/{id}/attachments", id).with(httpBasic("vanthu.xa", PASSWORD)).exchange();
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$[*].fileName").asArray()
                .containsExactly("phu-luc-1.pdf", "phu-luc-2.pdf");

        var download = mvc.get().uri("/api/v1/documents/incoming/{id}/attachments/{a}/file", id, two.get("id"))
                .with(httpBasic("vanthu.xa", PASSWORD)).exchange();
        assertThat(download).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(second);
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ?", String.class, id))
                .contains("incoming.attachment-added", "incoming.attachment-downloaded");

        assertThat(mvc.get().uri("/documents/incoming/{id}", id).with(user(accounts.loadUserByUsername("vanthu.xa"))))
                .hasStatusOk().bodyText().contains("Phụ lục", "phu-luc-1.pdf", "phu-luc-2.pdf", "Thêm phụ lục");
        assertThat(mvc.get().uri("/documents/incoming/{id}?lang=en", id).with(user(accounts.loadUserByUsername("vanthu.xa"))))
                .hasStatusOk().bodyText().contains("Annexes", "Add annex");
    }

    @Test
    void aBadAnnexIsAProblemAndStoresNothing() {
        String id = registered("vanthu.xa");
        long files = count("document_file");
        long annexes = count("incoming_attachment");

        expect(add("vanthu.xa", id, "x.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST, "DOC_NOT_A_PDF");
        expect(add("vanthu.xa", id, "x.pdf", "%PDF-1.7\nhỏng".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST, "DOC_CORRUPT_PDF");
        expect(add("vanthu.xa", id, "x.pdf", SamplePdfs.encrypted()), HttpStatus.BAD_REQUEST, "DOC_ENCRYPTED_PDF");
        expect(add("vanthu.xa", id, "x.pdf", null), HttpStatus.BAD_REQUEST, "DOC_MISSING_FILE");

        assertThat(count("document_file")).isEqualTo(files);
        assertThat(count("incoming_attachment")).isEqualTo(annexes);
    }

    @Test
    void anotherCommunesClerkNeitherAddsNorSeesNorDownloadsAnnexes() {
        String id = registered("vanthu.xa");
        var annex = read(add("vanthu.xa", id, "phu-luc.pdf", SamplePdfs.withText("Phụ lục mật")), HttpStatus.CREATED);

        assertThat(add("vanthu.xa2", id, "phu-luc.pdf", SamplePdfs.withText("x"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/documents/incoming/{id}/attachments", id).with(httpBasic("vanthu.xa2", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        var denied = mvc.get().uri("/api/v1/documents/incoming/{id}/attachments/{a}/file", id, annex.get("id"))
                .with(httpBasic("vanthu.xa2", PASSWORD)).exchange();
        assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(denied.getResponse().getContentAsByteArray()).asString().doesNotContain("%PDF");
        expect(mvc.get().uri("/api/v1/documents/incoming/{id}/attachments/{a}/file", id, java.util.UUID.randomUUID())
                .with(httpBasic("vanthu.xa", PASSWORD)).exchange(), HttpStatus.NOT_FOUND, "DOC_UNKNOWN_ATTACHMENT");
        expect(add("lanhdao.xa", id, "phu-luc.pdf", SamplePdfs.withText("x")), HttpStatus.FORBIDDEN, "DOC_NOT_A_CLERK");
    }

    String registered(String clerk) {
        String number = ThreadLocalRandom.current().nextInt(1, 99999) + "/UBND-VP";
        var metadata = RecordFileApiTests.incoming("Ủy ban nhân dân huyện Lạc Sơn", number, 1);
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        var result = mvc.post().uri("/api/v1/documents/incoming").multipart().part(part)
                .file(new MockMultipartFile("file", "van-ban.pdf", MediaType.APPLICATION_PDF_VALUE,
                        SamplePdfs.withText("Văn bản " + number)))
                .with(httpBasic(clerk, PASSWORD)).exchange();
        return (String) read(result, HttpStatus.CREATED).get("id");
    }

    MvcTestResult add(String user, String id, String name, byte[] content) {
        var request = mvc.post().uri("/api/v1/documents/incoming/{id}/attachments", id).multipart();
        if (content != null) {
            request = request.file(new MockMultipartFile("file", name, MediaType.APPLICATION_PDF_VALUE, content));
        }
        return request.with(httpBasic(user, PASSWORD)).exchange();
    }

    void expect(MvcTestResult result, HttpStatus status, String code) {
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
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
}
