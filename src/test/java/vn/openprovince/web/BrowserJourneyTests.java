package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.testing.HeadlessChromium;

/**
 * Journeys through the pages in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; override with CHROME_BIN and CHROMEDRIVER).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    OrganizationDirectory directory;

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
    void provincialAdministratorCreatesAnOfficialAndFindsThem() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(text("h1")).isEqualTo("Đăng nhập hệ thống");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        signIn("quantri.tinh");
        assertThat(browser.findElement(By.cssSelector("[data-testid=current-user]")).getText()).contains("Lê Thị Hồng");
        screenshot("home");

        UUID office = directory.agenciesOfUnit("17").stream()
                .filter(agency -> agency.abbreviation().equals("VP")).findFirst().orElseThrow().id().value();
        open("/admin/agencies/" + office + "/officials");
        navigateBy(By.linkText("Thêm cán bộ"));

        String name = "Trịnh Văn Kiểm " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.findElement(By.id("fullName")).sendKeys(name);
        browser.findElement(By.id("position")).sendKeys("Chuyên viên");
        browser.findElement(By.id("phone")).sendKeys("12345");
        navigateBy(By.cssSelector("button[type=submit].btn-primary"));
        assertThat(browser.findElement(By.cssSelector("#phone ~ .invalid-feedback")).getText())
                .contains("Số điện thoại phải gồm 10 chữ số");
        screenshot("official-invalid");

        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("phone")).sendKeys("0987654321");
        navigateBy(By.cssSelector("button[type=submit].btn-primary"));
        assertThat(text(".alert-success")).contains(name);
        assertThat(table("officials")).contains(name);

        browser.findElement(By.id("q")).sendKeys("trinh van kiem");
        navigateBy(By.cssSelector("form[role=search] button"));
        assertThat(table("officials")).contains(name);
        screenshot("official-found");
        signOut();
    }

    @Test
    void communeOfficialIsDeniedAnotherCommunesOfficials() {
        open("/login");
        signIn("vanthu.xa");
        UUID neighbour = directory.agenciesOfUnit("04792").getFirst().id().value();
        open("/admin/agencies/" + neighbour + "/officials");
        assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
        assertThat(browser.getPageSource()).doesNotContain("Bùi Thị Nga");

        UUID own = directory.agenciesOfUnit("04789").getFirst().id().value();
        open("/admin/agencies/" + own + "/officials");
        assertThat(table("officials")).contains("Đinh Thị Hoa");

        open("/admin/no-such-page");
        assertThat(text("h1")).isEqualTo("Không tìm thấy trang");
        signOut();
    }

    @Test
    void officialsSeeTheYearsDaysOffAndComputeADeadline() {
        open("/login");
        signIn("vanthu.tinh");
        open("/calendar?year=2026");
        assertThat(table("holidays")).contains("17/02/2026", "02/09/2026");

        // Date inputs type in the browser's locale order; set the ISO value directly instead.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-02-13'",
                browser.findElement(By.id("d-date")));
        browser.findElement(By.id("d-amount")).clear();
        browser.findElement(By.id("d-amount")).sendKeys("1");
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("#deadline-heading ~ form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadline-result"), "Hạn xử lý"));
        assertThat(text("#deadline-result")).contains("Hạn xử lý");
        // The result came by htmx into the same page, not by a page load.
        assertThat(page.isDisplayed()).isTrue();
        signOut();
    }

    @Test
    void switchesToEnglish() {
        open("/login?lang=en");
        assertThat(text("h1")).isEqualTo("Sign in");
        open("/login?lang=vi");
        assertThat(text("h1")).isEqualTo("Đăng nhập hệ thống");
    }

    private void signIn(String username) {
        chromium.signIn(username);
    }

    private void signOut() {
        chromium.signOut("http://localhost:" + port + "/");
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

    private String table(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
