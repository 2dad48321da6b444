package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.DocumentSigner;

/** The public validation API and page, and the administrators' trust store, over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class SignatureApiTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DocumentSigner signer;
    @Autowired
    OrganizationDirectory directory;

    @Test
    void anyoneValidatesASignedPdfWithoutSigningIn() {
        var leader = directory.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow();
        byte[] signed = signer.signPersonal(SampleDocuments.outgoingLetter("CHỦ TỊCH", leader.fullName()), leader.id());

        var response = mvc.post().uri("/api/v1/signatures/validate").multipart()
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", signed));

        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.signatures[0].indication")
                .isEqualTo("TOTAL_PASSED");
        assertThat(response).bodyJson().extractingPath("$.signatures[0].signer").isEqualTo(leader.fullName());
        assertThat(response).bodyJson().extractingPath("$.signatures[0].signingTime").isNotNull();
        assertThat(response).bodyJson().extractingPath("$.revocationChecked").isEqualTo(false);
    }

    @Test
    void notAPdfIsAVietnameseProblemDetail() {
        var response = mvc.post().uri("/api/v1/signatures/validate").multipart()
                .file(new MockMultipartFile("file", "note.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("SIGNATURE_NOT_A_PDF");
        assertThat(response).bodyJson().extractingPath("$.detail")
                .isEqualTo("Tệp không phải là PDF hợp lệ (hoặc bị hỏng).");
    }

    @Test
    void detailedReportIsDssXml() {
        var leader = directory.officialByEmail("lanhdao.xa@demo.openprovince.vn").orElseThrow();
        byte[] signed = signer.signPersonal(SampleDocuments.outgoingLetter("CHỦ TỊCH", leader.fullName()), leader.id());

        var response = mvc.post().uri("/api/v1/signatures/validate/detailed-report").multipart()
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", signed));

        assertThat(response).hasStatusOk().bodyText().contains("DetailedReport");
    }

    @Test
    void verificationPageIsPublicAndShowsTheResult() {
        assertThat(mvc.get().uri("/verify")).hasStatusOk().bodyText().contains("Kiểm tra chữ ký số");

        var leader = directory.officialByEmail("lanhdao.huyen@demo.openprovince.vn").orElseThrow();
        byte[] signed = signer.signPersonal(SampleDocuments.outgoingLetter("CHỦ TỊCH", leader.fullName()), leader.id());
        var result = mvc.post().uri("/verify").multipart()
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", signed)).with(csrf());

        assertThat(result).hasStatusOk().bodyText().contains("Hợp lệ").contains(leader.fullName())
                .contains("Chế độ ngoại tuyến");
    }

    @Test
    void onlySystemAdministratorsSeeTheTrustStore() {
        assertThat(mvc.get().uri("/api/v1/signatures/trusted-certificates").with(httpBasic("admin", "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$.content[0].subject").asString()
                .contains(DemoSignatures.ROOT_NAME);
        assertThat(mvc.get().uri("/api/v1/signatures/trusted-certificates").with(httpBasic("vanthu.tinh", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        var notACertificate = mvc.post().uri("/api/v1/signatures/trusted-certificates").multipart()
                .file(new MockMultipartFile("file", "x.cer", "application/pkix-cert", new byte[] {1, 2, 3}))
                .with(httpBasic("admin", "Demo@2026"));
        assertThat(notACertificate).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("SIGNATURE_INVALID_CERTIFICATE");
    }
}
