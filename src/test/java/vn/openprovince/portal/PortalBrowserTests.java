package vn.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen on the portal in a real headless Chromium, without signing in: finds a procedure by typing
 * without diacritics and reads what it takes, on a desktop and on a phone-sized screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

    private static WebDriver browser;
    private static Path userData;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        userData = Files.createTempDirectory("openprovince-chromium");
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + userData);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(userData);
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
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            // Whole page, so reviewers see everything a citizen scrolls through.
            var js = (JavascriptExecutor) browser;
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
            var size = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, 4000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
