package vn.openprovince.web;

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
import vn.openprovince.identity.OfficialAccounts;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;

/** An official's in-app notices at {@code /thong-bao}: theirs only, newest first, unread marked until marked read. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    OfficialAccounts officials;
    @Autowired
    Notifications notifications;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void anOfficialSeesTheirNoticesNewestFirstMarksThemAllReadAndNoOtherOfficialSeesThem() throws Exception {
        // vanthu.xa2 holds no processing step, so the workflow tests send nothing to this inbox.
        UUID clerk = officials.byUsername("vanthu.xa2").orElseThrow().accountId();
        String older = "Hồ sơ thử " + UUID.randomUUID() + " sắp đến hạn";
        String newer = "Hồ sơ thử " + UUID.randomUUID() + " quá hạn xử lý";
        notifications.send(new Notification(clerk, Channel.IN_APP, null, older, "Xem tại Hồ sơ cần xử lý: /work-queue"));
        notifications.send(new Notification(clerk, Channel.IN_APP, null, newer, "Bước \"Thẩm định\" đã quá hạn."));

        var page = mvc.get().uri("/thong-bao").with(as("vanthu.xa2")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Thông báo", older, newer, "Bước &quot;Thẩm định&quot;",
                "Chưa đọc", "data-unread=\"true\"", "Đánh dấu tất cả đã đọc", "data-testid=\"unread-notices\"");
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.indexOf(newer)).isLessThan(html.indexOf(older));
        assertThat(notifications.unread(clerk)).isEqualTo(2);

        assertThat(mvc.get().uri("/thong-bao").with(as("vanthu.xa"))).hasStatusOk().bodyText()
                .doesNotContain(older, newer);

        // Marking read is a POST with the CSRF token.
        assertThat(mvc.post().uri("/thong-bao/da-doc").with(as("vanthu.xa2"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(notifications.unread(clerk)).isEqualTo(2);
        assertThat(mvc.post().uri("/thong-bao/da-doc").with(as("vanthu.xa2")).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/thong-bao").flash()
                .containsEntry("flash", "Đã đánh dấu tất cả thông báo là đã đọc.");
        assertThat(notifications.unread(clerk)).isZero();
        assertThat(mvc.get().uri("/thong-bao").with(as("vanthu.xa2"))).hasStatusOk().bodyText()
                .contains(older, newer).doesNotContain("data-unread=\"true\"", "data-testid=\"unread-notices\"",
                        "Đánh dấu tất cả đã đọc");

        assertThat(mvc.get().uri("/thong-bao?lang=en").with(as("vanthu.xa2"))).hasStatusOk().bodyText()
                .contains("Notifications", newer);
    }
}
