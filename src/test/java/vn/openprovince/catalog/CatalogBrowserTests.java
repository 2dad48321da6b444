package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.openprovince.testing.HeadlessChromium;

/** An administrator changes a fee in headless Chromium: the error shows at the field, then a new version goes public. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogBrowserTests {

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
        chromium.signIn(username);
    }

    private void signOut() {
        chromium.signOut("http://localhost:" + port + "/");
    }

    private void navigateBy(By target) {
        chromium.navigateBy(target);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
