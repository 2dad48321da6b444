package vn.openprovince.catalog;

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

/** An administrator changes a fee in headless Chromium: the error shows at the field, then a new version goes public. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogBrowserTests {

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
    void administratorRaisesAFeeInANewVersionAndThePortalShowsIt() {
        signIn("admin");

        navigateBy(By.linkText("Thủ tục hành chính"));
        browser.findElement(By.id("q")).sendKeys("chung thuc chu ky");
        navigateBy(By.cssSelector("form[role=search] button"));
        screenshot("admin-procedures");
        navigateBy(By.linkText("Chứng thực chữ ký trong giấy tờ, văn bản"));
        screenshot("admin-procedure");
        // "Tạo bản dự thảo mới", or "Sửa bản dự thảo" when another test left a draft.
        navigateBy(By.cssSelector("main a[href$='/draft']"));

        var amount = browser.findElement(By.id("fees0.amount"));
        amount.clear();
        amount.sendKeys("mười lăm nghìn");
        navigateBy(By.cssSelector("main form button[type=submit].btn-primary"));
        assertThat(browser.findElement(By.cssSelector("#fees0\\.amount ~ .invalid-feedback")).getText())
                .contains("Mức thu \"mười lăm nghìn\" không hợp lệ");
        screenshot("admin-procedure-invalid");

        amount = browser.findElement(By.id("fees0.amount"));
        amount.clear();
        amount.sendKeys("15.000");
        navigateBy(By.cssSelector("main form button[type=submit].btn-primary"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã lưu bản dự thảo");
        navigateBy(By.cssSelector("form[action$='/publication'] button"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã công bố");
        assertThat(browser.findElement(By.cssSelector("[data-testid=versions]")).getText()).contains("Hết hiệu lực");

        open("/cong-dich-vu-cong/thu-tuc/MAU.CT.01");
        assertThat(browser.findElement(By.cssSelector("[data-testid=fees]")).getText()).contains("15.000 đ");
        assertThat(browser.getPageSource()).contains("Phiên bản 2");
        signOut();
    }

    @Test
    void administratorImportingABadSheetSeesEveryErrorAndNothingChanges() throws IOException {
        signIn("quantri.tinh");
        Path sheet = Files.createTempFile("thu-tuc", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(sheet)) {
            var procedures = workbook.createSheet("ThuTuc");
            procedures.createRow(0).createCell(0).setCellValue("Mã thủ tục");
            var row = procedures.createRow(1);
            String[] cells = {"1.001193", "", "HO_TICH", "XA", "000.00.06.H99", "Công dân", "UBND cấp xã", "", "", "", "", "",
                    "năm", "WORKING_DAYS", "", "", "Giấy khai sinh", "Có", "Luật Hộ tịch", "TOAN_TRINH", "", "Không"};
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            workbook.createSheet("ThanhPhan").createRow(0).createCell(0).setCellValue("Mã thủ tục");
            workbook.write(out);
        }
        open("/admin/procedures/import");
        browser.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        navigateBy(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.findElement(By.cssSelector("[data-testid=import-failure]")).getText()).contains("chưa nhập thủ tục nào");
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-errors]")).getText())
                .contains("Vui lòng nhập tên thủ tục.", "Cấp thực hiện \"XA\" không hợp lệ", "Vui lòng nhập ít nhất một thành phần hồ sơ.");
        screenshot("admin-import-errors");
        Files.deleteIfExists(sheet);
        signOut();
    }

    private void signIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        navigateBy(By.cssSelector("form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));
    }

    private void signOut() {
        open("/");
        navigateBy(By.cssSelector("form[action$='/logout'] button"));
    }

    private void navigateBy(By target) {
        var page = browser.findElement(By.tagName("html"));
        var element = browser.findElement(target);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // Headless Chromium sometimes misplaces buttons far down a long form; a scripted click is the same click.
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            var size = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, 4000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
