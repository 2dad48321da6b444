package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.DocumentSigner;

/**
 * Incoming PDFs have their digital signatures checked when the clerk registers them (Decree 30
 * Art. 22), and the list and the document say what was found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncomingSignatureCheckTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DocumentSigner signer;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDocumentSignedByTheLeaderAndTheAgencyIsRegisteredAsValidWithItsSigners() {
        var registered = register("88/UBND-KT", signedByProvince(), HttpStatus.CREATED);

        assertThat(registered.get("signatureStatus")).isEqualTo("VALID");
        assertThat(registered.get("signatureCount")).isEqualTo(2);
        assertThat((String) registered.get("signatureSigners")).contains(leader().fullName());

        var page = read(mvc.get().uri("/api/v1/documents/incoming?q=88/UBND-KT")
                .with(httpBasic("vanthu.huyen", DocumentApiTests.PASSWORD)).exchange(), HttpStatus.OK);
        @SuppressWarnings("unchecked")
        var content = (List<Map<String, Object>>) page.get("content");
        assertThat(content).singleElement().satisfies(row -> assertThat(row.get("signatureStatus")).isEqualTo("VALID"));
    }

    @Test
    void aSignedDocumentChangedAfterSigningIsRegisteredButMarkedInvalid() {
        byte[] tampered = signedByProvince();
        // The binary comment on the second line is inside the signed byte range and harmless to parsers.
        int secondLine = indexOf(tampered, (byte) '\n') + 1;
        assertThat(tampered[secondLine]).isEqualTo((byte) '%');
        tampered[secondLine + 1] ^= 0x01;

        var registered = register("89/UBND-KT", tampered, HttpStatus.CREATED);

        assertThat(registered.get("signatureStatus")).isEqualTo("INVALID");
        assertThat(registered.get("signatureCount")).isEqualTo(2);
    }

    @Test
    void aScanWithoutSignaturesIsMarkedUnsigned() {
        var registered = register("90/UBND-KT", SamplePdfs.scanned(), HttpStatus.CREATED);

        assertThat(registered.get("signatureStatus")).isEqualTo("UNSIGNED");
        assertThat(registered.get("signatureCount")).isEqualTo(0);
        assertThat(registered.get("signatureSigners")).isNull();
    }

    @Test
    void theListAndTheDocumentPageShowTheCheckInWords() {
        var registered = register("91/UBND-KT", signedByProvince(), HttpStatus.CREATED);

        var clerk = user(accounts.loadUserByUsername("vanthu.huyen"));
        var list = mvc.get().uri("/documents/incoming?q=91/UBND-KT").with(clerk).exchange();
        assertThat(list).hasStatusOk().bodyText().contains("Chữ ký hợp lệ (2)");
        var page = mvc.get().uri("/documents/incoming/" + registered.get("id")).with(clerk).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Chữ ký hợp lệ (2)").contains(leader().fullName());
    }

    private byte[] signedByProvince() {
        OfficialSummary leader = leader();
        byte[] letter = SamplePdfs.letter("CHỦ TỊCH", leader.fullName(), "Về việc triển khai kế hoạch năm.");
        return signer.signAsAgency(signer.signPersonal(letter, leader.id()), leader.agencyId());
    }

    private OfficialSummary leader() {
        return directory.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow();
    }

    private Map<String, Object> register(String numberAndSymbol, byte[] pdf, HttpStatus expected) {
        var metadata = new HashMap<String, Object>();
        metadata.put("issuerName", "Ủy ban nhân dân tỉnh Hòa Bình");
        metadata.put("numberAndSymbol", numberAndSymbol);
        metadata.put("documentDate", LocalDate.now(DocumentApiTests.ZONE).minusDays(1).toString());
        metadata.put("type", "CONG_VAN");
        metadata.put("summary", "V/v triển khai kế hoạch " + numberAndSymbol);
        metadata.put("urgency", "NORMAL");
        var part = new MockPart("metadata", json.writeValueAsBytes(metadata));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        return read(mvc.post().uri("/api/v1/documents/incoming").multipart().part(part)
                .file(new MockMultipartFile("file", "van-ban.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .with(httpBasic("vanthu.huyen", DocumentApiTests.PASSWORD)).exchange(), expected);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(org.springframework.test.web.servlet.assertj.MvcTestResult result, HttpStatus status) {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status.value());
        return json.readValue(body, Map.class);
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
