package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.openprovince.testing.HeadlessChromium;

/**
 * An incoming document from the clerk's scan to the specialist's completion, in a real headless
 * Chromium: registered by {@code vanthu.tinh}, directed by {@code lanhdao.tinh} to two departments,
 * assigned by {@code truongphong.tinh} to {@code chuyenvien.tinh}, who completes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentJourneyTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static WebDriver browser;
    private static HeadlessChromium chromium;
    private static Path scan;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        scan = Files.createTempFile("cong-van-den", ".pdf");
        Files.write(scan, SamplePdfs.scanned());
        chromium = HeadlessChromium.start(1366, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(scan);
    }

    @Test
    void clerkRegistersAScanLeaderDirectsHeadAssignsAndSpecialistCompletes() {
        String number = "%d/SXD-QLXD".formatted(100 + (int) (Math.random() * 800));
        LocalDate today = LocalDate.now(ZONE);

        // The clerk registers a scanned letter; a missing summary is shown next to its field.
        open("/login");
        signIn("vanthu.tinh");
        navigateBy(By.cssSelector(".op-sidebar a[href$='/documents/incoming']"));
        navigateBy(By.linkText("Vào sổ văn bản đến"));
        browser.findElement(By.id("issuerName")).sendKeys("Sở Xây dựng tỉnh Hòa Bình");
        browser.findElement(By.id("numberAndSymbol")).sendKeys(number);
        setDate("documentDate", today.minusDays(1));
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Công văn");
        browser.findElement(By.id("file")).sendKeys(scan.toString());
        navigateBy(By.cssSelector("button[type=submit].btn-primary"));
        assertThat(text("#summary ~ .invalid-feedback")).isEqualTo("Chưa nhập trích yếu nội dung.");
        screenshot("incoming-invalid");

        browser.findElement(By.id("summary")).sendKeys("V/v góp ý quy hoạch chung đô thị Hòa Bình");
        browser.findElement(By.id("file")).sendKeys(scan.toString());
        navigateBy(By.cssSelector("button[type=submit].btn-primary"));
        assertThat(text(".alert-success")).startsWith("Đã vào sổ văn bản đến số").contains(number);
        assertThat(text("[data-testid=scanned]")).isEqualTo("Bản quét, không có chữ");
        assertThat(text("[data-testid=status]")).isEqualTo("Chờ chỉ đạo");
        String documentPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/documents/"));
        screenshot("incoming-registered");
        signOut();

        // The leader finds it in the inbox and directs it to two departments of the Office.
        signIn("lanhdao.tinh");
        navigateBy(By.cssSelector(".op-sidebar a[href$='/documents/inbox']"));
        assertThat(table("inbox")).contains("V/v góp ý quy hoạch chung đô thị Hòa Bình");
        open(documentPath);
        new Select(browser.findElement(By.id("leadDepartmentId"))).selectByVisibleText("Phòng Kinh tế");
        setDate("leadDeadline", today.plusDays(10));
        var support = checkbox("supportDepartmentIds", "Phòng Văn hóa - Xã hội");
        click(support);
        setDate("supportDeadline", today.plusDays(8));
        browser.findElement(By.id("instruction")).sendKeys("Phòng Kinh tế chủ trì tham mưu văn bản góp ý");
        navigateBy(By.cssSelector("[data-testid=direct-form] button[type=submit]"));
        assertThat(text(".alert-success")).isEqualTo("Đã chỉ đạo xử lý văn bản.");
        assertThat(table("processing-tree")).contains("Chủ trì", "Phòng Kinh tế", "Phối hợp", "Phòng Văn hóa - Xã hội",
                "Bùi Văn Khánh", "%02d/%02d/%d".formatted(today.plusDays(10).getDayOfMonth(),
                        today.plusDays(10).getMonthValue(), today.plusDays(10).getYear()));
        signOut();

        // The head of the economy department assigns the specialist.
        signIn("truongphong.tinh");
        open(documentPath);
        new Select(browser.findElement(By.id("assigneeId"))).selectByVisibleText("Phạm Văn Hùng · Chuyên viên");
        setDate("deadline", today.plusDays(5));
        browser.findElement(By.id("assignInstruction")).sendKeys("Dự thảo công văn góp ý");
        navigateBy(By.cssSelector("[data-testid=assign-form] button[type=submit]"));
        assertThat(text(".alert-success")).isEqualTo("Đã giao xử lý.");
        signOut();

        // The specialist records progress and completes.
        signIn("chuyenvien.tinh");
        navigateBy(By.cssSelector(".op-sidebar a[href$='/documents/inbox']"));
        assertThat(table("inbox")).contains("Xử lý", number);
        open(documentPath);
        browser.findElement(By.id("note")).sendKeys("Đã nghiên cứu hồ sơ quy hoạch");
        navigateBy(By.cssSelector("form[action$='/progress'] button"));
        browser.findElement(By.id("result")).sendKeys("Đã dự thảo công văn góp ý, trình lãnh đạo");
        navigateBy(By.cssSelector("form[action$='/complete'] button"));

        assertThat(text("[data-testid=status]")).isEqualTo("Đã hoàn thành");
        String tree = table("processing-tree");
        assertThat(tree).contains("Chủ trì", "Phòng Kinh tế", "Bùi Văn Khánh", "Phối hợp", "Phòng Văn hóa - Xã hội",
                "Giao xử lý", "Phạm Văn Hùng", "Đinh Thị Mai", "Dự thảo công văn góp ý", "Đã nghiên cứu hồ sơ quy hoạch",
                "Đã dự thảo công văn góp ý, trình lãnh đạo", "Đã hoàn thành");
        assertThat(browser.findElements(By.cssSelector("[data-testid=processing-tree] tbody tr"))).hasSize(3);
        screenshot("incoming-completed");

        navigateBy(By.linkText("In phiếu giải quyết"));
        assertThat(text("h1")).isEqualTo("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN");
        assertThat(text("[data-testid=slip-leader]")).contains("Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Bùi Văn Khánh");
        assertThat(text("[data-testid=slip-unit]")).contains("Phạm Văn Hùng", "Đinh Thị Mai");
        assertThat(text("[data-testid=slip-handler]")).contains("Đã dự thảo công văn góp ý, trình lãnh đạo");
        screenshot("processing-slip");
        signOut();
    }

    @Test
    void neighbouringCommuneClerkSeesNoDataOfAnotherCommunesDocument() {
        open("/login");
        signIn("vanthu.xa2");
        open("/documents/incoming/" + UUID.randomUUID());
        assertThat(text("h1")).isEqualTo("Không tìm thấy trang");
        open("/documents/incoming");
        assertThat(text("h1")).isEqualTo("Sổ văn bản đến");
        signOut();
    }

    private WebElement checkbox(String name, String label) {
        return browser.findElements(By.cssSelector("input[name=" + name + "]")).stream()
                .filter(box -> browser.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"))
                        .getText().equals(label))
                .findFirst().orElseThrow();
    }

    /** Clicks like a user; an element the shell's scrolling main area keeps under its edge is clicked by script. */
    private void click(WebElement element) {
        chromium.click(element);
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
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
        chromium.screenshot("document-" + name);
    }
}
