package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureValidator;
import vn.openprovince.testing.HeadlessChromium;

/**
 * Issue 7's acceptance journey in Chromium: the citizen submits a birth registration online, the provincial centre
 * accepts it (Form 01 shows the appointment date), the commune's specialist and leader complete their steps, the
 * leader signs the result, the citizen downloads and verifies it, and the dossier reaches national state 10.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultBrowserTests {

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignatureValidator validator;

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
    void aBirthRegistrationGoesFromOnlineSubmissionToTheVerifiedSignedResult() throws Exception {
        // 1. The citizen submits online.
        open("/cong-dich-vu-cong/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("congdan");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        chromium.navigateBy(By.cssSelector("main form button[type=submit]"));
        open("/cong-dich-vu-cong/thu-tuc/1.001193/nop-truc-tuyen");
        assertThat(text("[data-testid=step-label]")).isEqualTo("Bước 1/3");
        chromium.navigateBy(By.cssSelector("[data-testid=next]"));
        type("f.childName", "Hà Minh An");
        setValue(browser.findElement(By.id("f.childBirthDate")), "2026-11-22");
        new Select(browser.findElement(By.id("f.childGender"))).selectByVisibleText("Nam");
        type("f.birthPlace", "Trạm y tế xã");
        type("f.motherName", "Hà Thị Hoa");
        type("f.motherCitizenId", "017190003344");
        choose("f.residence.districtCode", "Thành phố Hòa Bình");
        choose("f.residence.communeCode", "Phường Thái Bình");
        type("f.residence.street", "Tổ 7");
        chromium.navigateBy(By.cssSelector("[data-testid=next]"));
        Path certificate = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(certificate, DossierApiTests.PDF);
        browser.findElement(By.id("component-1")).sendKeys(certificate.toAbsolutePath().toString());
        chromium.navigateBy(By.cssSelector("[data-testid=submit]"));
        Files.deleteIfExists(certificate);
        assertThat(text("[data-testid=acknowledgement]")).contains("Đã nộp hồ sơ thành công");
        String code = text("[data-testid=dossier-code]");
        browser.manage().deleteAllCookies();

        // 2. The provincial centre's officer accepts it; Form 01 shows the appointment date.
        officer("motcua.tinh");
        open("/mot-cua/ho-so/" + code);
        assertThat(text("[data-testid=state]")).contains("chờ tiếp nhận");
        chromium.navigateBy(By.cssSelector("[data-testid=accept]"));
        assertThat(text(".alert-success")).contains("Đã tiếp nhận hồ sơ " + code);
        LocalDate appointment = jdbc.queryForObject("select appointment_date from dossier where code = ?",
                LocalDate.class, code);
        String date = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(appointment);
        assertThat(text("[data-testid=appointment]")).isEqualTo(date);
        String form01 = browser.findElement(By.cssSelector("[data-testid=forms] a")).getDomAttribute("href");
        assertThat(pdfText(fetch(form01))).contains("Ngày hẹn trả kết quả: " + date).contains(code);
        browser.manage().deleteAllCookies();

        // 3. The commune's specialist, then its leader, complete their steps.
        completeStep("chuyenvien.xa", code);
        completeStep("lanhdao.xa", code);

        // 4. The leader (still signed in) signs the result once processing has finished.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            open("/mot-cua/ho-so/" + code);
            return !driver.findElements(By.cssSelector("[data-testid=sign-result]")).isEmpty();
        });
        browser.findElement(By.id("decisionText")).sendKeys("Cấp Giấy khai sinh cho cháu Hà Minh An.");
        chromium.navigateBy(By.cssSelector("[data-testid=sign-result]"));
        assertThat(text(".alert-success")).contains("Đã ký số kết quả của hồ sơ " + code);
        String verification = text("[data-testid=verification-code]");
        chromium.screenshot("result-signed");
        browser.manage().deleteAllCookies();

        // 5. The citizen downloads the signed result from "Hồ sơ của tôi" and verifies it.
        open("/cong-dich-vu-cong/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("congdan");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        chromium.navigateBy(By.cssSelector("main form button[type=submit]"));
        open("/cong-dich-vu-cong/ca-nhan/ho-so/" + code);
        String download = browser.findElement(By.cssSelector("[data-testid=result-download]")).getDomAttribute("href");
        byte[] result = fetch(download);
        assertThat(pdfText(result)).contains(code).contains("Cấp Giấy khai sinh cho cháu Hà Minh An").contains(verification);
        assertThat(validator.validate(result).signatures()).hasSize(2)
                .allMatch(s -> s.indication() == SignatureResult.Indication.TOTAL_PASSED);
        chromium.navigateBy(By.cssSelector("[data-testid=result-verify]"));
        assertThat(text("[data-testid=validity]")).contains("Kết quả hợp lệ");
        assertThat(text("[data-testid=signatures]")).contains("Chữ ký hợp lệ");
        assertThat(text("main")).doesNotContain("Hà Minh An").doesNotContain("Hà Thị Hoa");
        chromium.screenshot("result-verified");

        // 6. The download was the electronic release: national state 10.
        open("/cong-dich-vu-cong/ca-nhan/ho-so/" + code);
        assertThat(text("[data-testid=state]")).contains("Đã trả kết quả");
        assertThat(jdbc.queryForObject("select m.national_state from dossier d join dossier_state_mapping m "
                + "on m.state = d.state where d.code = ?", Integer.class, code)).isEqualTo(10);
        browser.manage().deleteAllCookies();
    }

    private void completeStep(String user, String code) {
        officer(user);
        By row = By.xpath("//tr[td[1][normalize-space()='" + code + "']]");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            open("/work-queue?mine=false");
            return !driver.findElements(row).isEmpty();
        });
        chromium.click(browser.findElement(row).findElement(By.cssSelector("form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("mine=true")
                && !driver.findElements(row).isEmpty());
        WebElement mine = browser.findElement(row);
        mine.findElement(By.name("note")).sendKeys("Đồng ý");
        chromium.click(mine.findElement(By.cssSelector("form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElements(row).isEmpty());
    }

    private void officer(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        chromium.signIn(user);
    }

    /** Fetches a link of the page with the browser's own session, as the user's click would. */
    private byte[] fetch(String href) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        String url = href.startsWith("http") ? href : "http://localhost:" + port + href;
        return RestClient.create().get().uri(url).header("Cookie", "JSESSIONID=" + session).retrieve()
                .body(byte[].class);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void type(String id, String value) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void choose(String id, String visibleText) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                new Select(driver.findElement(By.id(id))).getOptions().stream().anyMatch(o -> o.getText().equals(visibleText)));
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
