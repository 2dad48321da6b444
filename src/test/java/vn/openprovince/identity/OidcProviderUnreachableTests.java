package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** With the identity provider down, the portal starts, password sign-in works and the VNeID button says it failed. */
@SpringBootTest
@AutoConfigureMockMvc
class OidcProviderUnreachableTests {

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int port = closedPort;
        properties.add("openprovince.oidc.issuer-uri", () -> "http://127.0.0.1:" + port);
        properties.add("openprovince.oidc.client-id", () -> "openprovince-test");
        properties.add("openprovince.oidc.button-label", () -> "Đăng nhập qua IdP thử nghiệm");
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void theButtonLeadsBackToTheSignInPageWithAMessageAndPasswordsStillWork() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong/dang-nhap")).hasStatusOk().bodyText()
                .contains("Đăng nhập qua IdP thử nghiệm");
        var start = mvc.get().uri("/oauth2/authorization/vneid").exchange();
        assertThat(start).hasStatus(HttpStatus.FOUND);
        assertThat(start.getResponse().getRedirectedUrl()).endsWith("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_FAILED");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/dang-nhap?oidc=ID_OIDC_FAILED")).hasStatusOk().bodyText()
                .contains("không thành công");

        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", "congdan").param("password", "Demo@2026")
                .param("portal", "1").exchange();
        assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/cong-dich-vu-cong/ca-nhan/ho-so");
    }
}
