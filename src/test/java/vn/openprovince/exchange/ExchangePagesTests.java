package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The exchange's pages render in both languages and keep administration to administrators. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangePagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theAdministratorSeesTheDirectoryTheQueueAndThatTheNationalConnectorIsNotConfigured() {
        assertThat(mvc.get().uri("/admin/exchange").with(as("admin"))).hasStatusOk().bodyText()
                .contains("Danh bạ liên thông", "Hàng đợi gửi", "Chưa cấu hình kết nối Trục liên thông văn bản quốc gia");
        assertThat(mvc.get().uri("/admin/exchange?state=DEAD&lang=en").with(as("admin"))).hasStatusOk().bodyText()
                .contains("Delivery queue", "not configured");
        assertThat(mvc.get().uri("/admin/exchange").with(as("vanthu.tinh"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdministratorAddsAPeersAgencyFromThePage() {
        assertThat(mvc.post().uri("/admin/exchange/directory").with(as("admin")).with(csrf())
                .param("organId", "000.00.00.H90").param("name", "UBND tỉnh Sơn La").param("route", "PEER")
                .param("endpoint", "https://sonla.example")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/admin/exchange").with(as("admin"))).bodyText()
                .contains("000.00.00.H90", "UBND tỉnh Sơn La", "https://sonla.example");
    }

    @Test
    void theClerkSeesTheQueueAndTheSenderTheStatuses() {
        assertThat(mvc.get().uri("/exchange/arrivals").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .contains("Văn bản liên thông đến", "Chờ vào sổ");
        assertThat(mvc.get().uri("/exchange/outgoing/{id}", UUID.randomUUID()).with(as("vanthu.tinh"))).hasStatusOk()
                .bodyText().contains("Đã gửi tới 0 trên 0 nơi nhận");
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
