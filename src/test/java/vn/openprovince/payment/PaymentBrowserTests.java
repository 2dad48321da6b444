package vn.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.testing.CitizenDossiers;
import vn.openprovince.testing.HeadlessChromium;

/**
 * In a real browser: the citizen opens "Nghĩa vụ tài chính" of a dossier, sees the VietQR code and the transfer
 * details, pays through the sandbox gateway (labelled as a test on both pages) and gets the receipt link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PaymentBrowserTests {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(390, 844);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theCitizenSeesTheQrAndPaysThroughTheSandboxGateway() throws Exception {
        var dossiers = new CitizenDossiers(mvc, jdbc);
        String code = dossiers.submitAs("congdan");
        var agency = dossiers.receivingAgency(code);
        var created = mvc.post().uri("/api/v1/payments").with(httpBasic(dossiers.oneStopOfficerOf(agency), "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode":"%s","payerAccountId":"%s","receivingAgencyId":"%s",
                         "items":[{"name":"Lệ phí đăng ký khai sinh","amount":50000}]}"""
                        .formatted(code, dossiers.account("congdan"), agency)).exchange();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);

        var browser = chromium.driver();
        browser.get("http://localhost:" + port + "/cong-dich-vu-cong/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("congdan");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        chromium.navigateBy(By.cssSelector("main form button[type=submit]"));
        browser.get("http://localhost:" + port + "/cong-dich-vu-cong/ca-nhan/ho-so");
        chromium.navigateBy(By.cssSelector("[data-testid=payments-link]"));
        chromium.navigateBy(By.linkText(code));

        assertThat(browser.findElement(By.cssSelector("[data-testid=total]")).getText()).isEqualTo("50.000 đ");
        assertThat(browser.findElement(By.cssSelector("[data-testid=vietqr] svg")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-testid=transfer-note]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Môi trường thử nghiệm — không phải thanh toán thật");
        chromium.screenshot("payment-obligation");

        chromium.navigateBy(By.cssSelector("[data-testid=sandbox-pay]"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=sandbox-label]")).getText())
                .isEqualTo("Môi trường thử nghiệm — không phải thanh toán thật");
        assertThat(browser.findElement(By.cssSelector("[data-testid=sandbox-amount]")).getText()).isEqualTo("50.000 đ");
        chromium.screenshot("payment-sandbox-gateway");

        chromium.navigateBy(By.cssSelector("[data-testid=sandbox-confirm]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=receipt]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=obligation-status]")).getText()).isEqualTo("Đã thanh toán");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đã thanh toán qua cổng thử nghiệm");
        chromium.screenshot("payment-paid");
        assertThat(jdbc.queryForObject("select status from payment_obligation where dossier_code = ?", String.class, code))
                .isEqualTo("PAID");
    }
}
