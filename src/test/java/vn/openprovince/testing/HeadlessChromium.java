package vn.openprovince.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium for the browser journeys: Debian's {@code chromium} and
 * {@code chromium-driver} (override with CHROME_BIN and CHROMEDRIVER), started with the flags this
 * closed network needs and an empty profile that is removed on close.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final WebDriver driver;
    private final Path userData;

    private HeadlessChromium(WebDriver driver, Path userData) {
        this.driver = driver;
        this.userData = userData;
    }

    /** A browser whose window is {@code width × height} CSS pixels (a phone is about 390 × 844). */
    public static HeadlessChromium start(int width, int height) throws IOException {
        Path userData = Files.createTempDirectory("openprovince-chromium");
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        // Without the background-networking flags Chromium keeps dialling out, and this network refuses it.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=vi", "--user-data-dir=" + userData);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new HeadlessChromium(driver, userData);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    public void navigateBy(By target) {
        var page = driver.findElement(By.tagName("html"));
        click(driver.findElement(target));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> isGone(page));
    }

    /**
     * Whether an element of the previous page is gone. Chromium answers "stale element" once the new
     * page is there, but while the old one is being torn down it may instead report that the node
     * "does not belong to the document"; both mean the navigation happened.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Fills the officials' sign-in form on the current page with a demo account and waits for the home page. */
    public void signIn(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Demo@2026");
        navigateBy(By.cssSelector("form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));
    }

    /** Signs out from the home page at {@code homeUrl} and waits for the sign-in page. */
    public void signOut(String homeUrl) {
        driver.get(homeUrl);
        navigateBy(By.cssSelector("form[action$='/logout'] button"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    /**
     * Brings the element into view and clicks it. Headless Chromium sometimes misplaces elements far down
     * a long page or below the fold of a phone-sized window; a scripted click is then the same click.
     */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /** The whole page (up to 4,000 pixels high) as {@code target/screenshots/<name>.png}, for reviewers. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            var size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, 4000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(userData.toFile());
    }
}
