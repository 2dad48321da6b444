package vn.openprovince.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import vn.openprovince.testing.HeadlessChromium;

/** The provincial centre's officer accepts an online dossier in Chromium and sees the appointment date. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceptionBrowserTests {

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

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

    private String submitOnline() {
        var parts = new LinkedMultiValueMap<String, Object>();
        var json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("form", new HttpEntity<>("{\"procedureCode\": \"MAU.HT.01\", \"data\": {\"content\": \"Cải chính tên\", "
                + "\"copies\": 1}}", json));
        var pdf = new HttpHeaders();
        pdf.setContentType(MediaType.APPLICATION_PDF);
        parts.add("component-1", new HttpEntity<>(new ByteArrayResource(DossierApiTests.PDF) {
            @Override
            public String getFilename() {
                return "can-cu.pdf";
            }
        }, pdf));
        String body = RestClient.create("http://localhost:" + port).post().uri("/api/v1/dossiers")
                .headers(h -> h.setBasicAuth("congdan", "Demo@2026")).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().body(String.class);
        return JsonPath.read(body, "$.code");
    }

    @Test
    void theCentresOfficerAcceptsAnOnlineDossierAndSeesTheAppointmentDate() {
        String code = submitOnline();
        browser.get("http://localhost:" + port + "/login");
        chromium.signIn("motcua.tinh");

        chromium.navigateBy(By.linkText("Tiếp nhận hồ sơ"));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Tiếp nhận hồ sơ");
        chromium.screenshot("reception-queue");
        browser.get("http://localhost:" + port + "/mot-cua/ho-so/" + code);
        assertThat(browser.findElement(By.cssSelector("[data-testid=state]")).getText()).contains("chờ tiếp nhận");
        chromium.navigateBy(By.cssSelector("[data-testid=accept]"));

        LocalDate appointment = jdbc.queryForObject("select appointment_date from dossier where code = ?", LocalDate.class,
                code);
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã tiếp nhận hồ sơ " + code);
        assertThat(browser.findElement(By.cssSelector("[data-testid=appointment]")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(appointment));
        assertThat(browser.findElement(By.cssSelector("[data-testid=ledger]")).getText()).contains("Bắt đầu tính");
        assertThat(browser.findElement(By.cssSelector("[data-testid=forms]")).getText()).contains("Mẫu 01");
        chromium.screenshot("reception-accepted");
        chromium.signOut("http://localhost:" + port + "/");
    }
}
