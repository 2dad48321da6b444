package vn.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.openprovince.notification.Notifications;
import vn.openprovince.testing.HeadlessChromium;

/**
 * A new citizen on a phone-sized screen in headless Chromium: registers, verifies with the code (read from
 * the outbox the log-only provider fills), finds birth registration by typing without diacritics, fills
 * the e-form, uploads the birth certificate, submits, gets the code and looks it up publicly; then the one-stop
 * officer asks through the reception API for a clearer copy of the certificate, and the citizen replaces exactly
 * that component and sees the history under the same code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenJourneyBrowserTests {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(390, 844);
        browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void newCitizenRegistersSubmitsABirthRegistrationAndLooksItUpPublicly() throws IOException {
        String email = "me.lan." + System.nanoTime() + "@example.vn";
        open("/cong-dich-vu-cong");
        browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
        navigateBy(By.cssSelector("form[role=search] button[type=submit]"));
        navigateBy(By.linkText("Đăng ký khai sinh"));
        navigateBy(By.linkText("Nộp hồ sơ trực tuyến"));
        assertThat(text("h1")).isEqualTo("Đăng nhập Cổng dịch vụ công");
        screenshot("citizen-sign-in-phone");

        navigateBy(By.cssSelector("[data-testid=register-link]"));
        browser.findElement(By.id("fullName")).sendKeys("Mè Thị Lan");
        browser.findElement(By.id("contact")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("Lan@Hoabinh26");
        browser.findElement(By.id("confirmation")).sendKeys("Lan@Hoabinh26");
        screenshot("citizen-register-phone");
        navigateBy(By.cssSelector("form button[type=submit]"));

        assertThat(text("[data-testid=log-only]")).contains("không được gửi thật");
        var matcher = CODE.matcher(notifications.sentTo(email).getFirst().body());
        assertThat(matcher.find()).isTrue();
        browser.findElement(By.id("code")).sendKeys(matcher.group(1));
        screenshot("citizen-verify-phone");
        navigateBy(By.cssSelector("main form button[type=submit]"));

        assertThat(text("[data-testid=verified]")).contains("đã được xác minh");
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo(email);
        browser.findElement(By.id("password")).sendKeys("Lan@Hoabinh26");
        navigateBy(By.cssSelector("main form button[type=submit]"));

        // Back where she was going: the submission, step 1 with her name from the profile.
        assertThat(text("[data-testid=step-label]")).isEqualTo("Bước 1/3");
        assertThat(text("[data-testid=applicant-name]")).isEqualTo("Mè Thị Lan");
        screenshot("citizen-submit-step1-phone");
        navigateBy(By.cssSelector("[data-testid=next]"));

        browser.findElement(By.id("f.childName")).sendKeys("Lò Minh Khang");
        setValue(browser.findElement(By.id("f.childBirthDate")), "2026-11-20");
        new Select(browser.findElement(By.id("f.childGender"))).selectByVisibleText("Nam");
        browser.findElement(By.id("f.birthPlace")).sendKeys("Bệnh viện Đa khoa tỉnh Hòa Bình");
        browser.findElement(By.id("f.motherName")).sendKeys("Mè Thị Lan");
        browser.findElement(By.id("f.motherCitizenId")).sendKeys("017190001122");
        choose("f.residence.districtCode", "Thành phố Hòa Bình");
        choose("f.residence.communeCode", "Phường Thái Bình");
        browser.findElement(By.id("f.residence.street")).sendKeys("Tổ 5");
        screenshot("citizen-submit-step2-phone");
        navigateBy(By.cssSelector("[data-testid=save-draft]"));
        assertThat(text("[data-testid=draft-saved]")).contains("Đã lưu nháp");
        assertThat(browser.findElement(By.id("f.childName")).getDomProperty("value")).isEqualTo("Lò Minh Khang");
        navigateBy(By.cssSelector("[data-testid=next]"));

        Path certificate = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(certificate, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("component-1")).sendKeys(certificate.toAbsolutePath().toString());
        assertThat(text("[data-testid=review]")).contains("Lò Minh Khang", "017190001122");
        screenshot("citizen-submit-step3-phone");
        navigateBy(By.cssSelector("[data-testid=submit]"));
        Files.deleteIfExists(certificate);

        assertThat(text("[data-testid=acknowledgement]")).contains("Đã nộp hồ sơ thành công");
        String code = text("[data-testid=dossier-code]");
        assertThat(code).matches(".+-\\d{6}-\\d{4}");
        assertThat(text("[data-testid=received-at]")).matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElements(By.cssSelector("[data-testid=qr] svg"))).hasSize(1);
        assertNoSidewaysScrolling();
        screenshot("citizen-acknowledgement-phone");

        navigateBy(By.cssSelector("[data-testid=my-dossiers-link]"));
        assertThat(text("[data-testid=my-dossiers]")).contains(code, "Mới đăng ký, chờ tiếp nhận");
        screenshot("citizen-my-dossiers-phone");

        open("/cong-dich-vu-cong/tra-cuu");
        browser.findElement(By.id("ma")).sendKeys(code);
        navigateBy(By.cssSelector("main form button[type=submit]"));
        assertThat(text("[data-testid=lookup-state]")).isEqualTo("Mới đăng ký, chờ tiếp nhận");
        assertThat(text("main")).doesNotContain("Mè Thị Lan", "Lò Minh Khang");
        screenshot("citizen-lookup-phone");

        // The receiving centre's officer finds the scan unreadable: one component, one reason (Form 02).
        String supplementRequest = "{\"items\": [{\"component\": 1, \"reason\": "
                + "\"Bản chụp mờ, không đọc được số giấy chứng sinh\"}], \"guidance\": \"Chụp lại giấy chứng sinh rõ nét\"}";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/" + code
                        + "/supplement-request"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "motcua.tinh:Demo@2026".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(supplementRequest)).build();
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        open("/cong-dich-vu-cong/ca-nhan/ho-so/" + code);
        assertThat(text("[data-testid=supplement-requested]")).isNotBlank();
        navigateBy(By.cssSelector("[data-testid=supplement-requested] a"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=requested-item]"))).hasSize(1);
        assertThat(text("[data-testid=requested-item]")).contains("không đọc được số giấy chứng sinh");
        assertThat(browser.findElements(By.cssSelector("[data-testid=requested-item] input[type=file]"))).hasSize(1);
        screenshot("citizen-supplement-phone");
        Path clearer = Files.createTempFile("giay-chung-sinh-ro", ".pdf");
        Files.write(clearer, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("component-1")).sendKeys(clearer.toAbsolutePath().toString());
        navigateBy(By.cssSelector("main form button[type=submit]"));
        Files.deleteIfExists(clearer);

        open("/cong-dich-vu-cong/ca-nhan/ho-so/" + code);
        assertThat(text("[data-testid=dossier-code]")).isEqualTo(code);
        assertThat(browser.findElements(By.cssSelector("[data-testid=supplement-requested]"))).isEmpty();
        assertThat(text("[data-testid=history]")).contains("Yêu cầu bổ sung");
        assertThat(browser.findElements(By.cssSelector("[data-testid=history] li")).size()).isGreaterThanOrEqualTo(3);
        screenshot("citizen-supplemented-phone");
    }

    private void choose(String id, String visibleText) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                new Select(driver.findElement(By.id(id))).getOptions().stream().anyMatch(o -> o.getText().equals(visibleText)));
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void assertNoSidewaysScrolling() {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
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
