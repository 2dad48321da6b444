package vn.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.openprovince.testing.HeadlessChromium;

/**
 * A citizen on the portal in a real headless Chromium, without signing in: finds a procedure by typing
 * without diacritics and reads what it takes, on a desktop and on a phone-sized screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(1366, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void citizenFindsBirthRegistrationByTypingWithoutDiacriticsAndSeesWhatItTakes() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        open("/login");
        navigateBy(By.linkText("Tra cứu thủ tục hành chính trên Cổng dịch vụ công (không cần đăng nhập)"));
        assertThat(browser.getCurrentUrl()).endsWith("/cong-dich-vu-cong");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        screenshot("portal-home");

        browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
        navigateBy(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(text("[data-testid=results]")).contains("Đăng ký khai sinh");
        screenshot("portal-results");

        navigateBy(By.linkText("Đăng ký khai sinh"));
        assertThat(text("h1")).isEqualTo("Đăng ký khai sinh");
        assertThat(text("[data-testid=components]")).contains("Tờ khai đăng ký khai sinh", "Bắt buộc", "1 bản chính");
        assertThat(text("[data-testid=glance]")).contains("Trả kết quả trong ngày");
        assertThat(text("[data-testid=fees]")).contains("Miễn phí", "8.000 đ");
        assertThat(text("[data-testid=online-badge]")).isEqualTo("Dịch vụ công trực tuyến toàn trình");
        assertThat(browser.getPageSource()).contains("Dữ liệu mẫu");
        screenshot("portal-procedure");

        navigateBy(By.linkText("Nộp hồ sơ trực tuyến"));
        assertThat(text("h1")).isEqualTo("Đăng nhập Cổng dịch vụ công");
    }

    @Test
    void procedurePageReadsOnAPhoneWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/cong-dich-vu-cong/thu-tuc/2.000815");
            assertThat(text("h1")).startsWith("Chứng thực bản sao từ bản chính");
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0);
            screenshot("portal-procedure-phone");
            open("/cong-dich-vu-cong");
            screenshot("portal-home-phone");
            open("/cong-dich-vu-cong/tim-kiem?q=chung thuc");
            screenshot("portal-results-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void switchesToEnglish() {
        open("/cong-dich-vu-cong?lang=en");
        assertThat(text("h1")).isEqualTo("Find an administrative procedure");
        open("/cong-dich-vu-cong?lang=vi");
        assertThat(text("h1")).isEqualTo("Tìm thủ tục hành chính");
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    private void navigateBy(By target) {
        chromium.navigateBy(target);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
