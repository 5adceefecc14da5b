package jp.pdcaledger.app.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing is downloaded at test time (Selenium
 * Manager is never asked, since both paths are given). Where they are: {@code PDCA_CHROMIUM} (default
 * {@code /usr/bin/chromium}) and {@code PDCA_CHROMEDRIVER} (default {@code /usr/bin/chromedriver}); {@code .ci/run}
 * installs both. Missing, the tests fail and say so: a green build must have run them.
 * Each instance is one user's browser with a profile of its own, closed with {@link #close()}.
 */
final class Chromium implements AutoCloseable {

    /** Screenshots and the printed sheet land here, under the module's build directory. */
    static final Path SHOTS = Path.of("target", "screenshots");

    private static final String BINARY = env("PDCA_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = env("PDCA_CHROMEDRIVER", "/usr/bin/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools binding for this Chromium's version; these tests use only
     * WebDriver's own protocol, so the warning is noise. Held here so that the level is not lost with the logger.
     */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final String origin;

    Chromium(int port) {
        for (String program : new String[]{BINARY, DRIVER}) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: install Debian's chromium and chromium-driver"
                        + " (.ci/run does) or point PDCA_CHROMIUM / PDCA_CHROMEDRIVER at them");
            }
        }
        try {
            profile = Files.createTempDirectory("pdca-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // The background-networking flags keep Chromium from calling Google's hosts, which a closed network refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=ja", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        origin = "http://localhost:" + port;
    }

    /** Signs in through the form, as a person would; the password of a demo user is its name. */
    Chromium signIn(String user) {
        open("/login");
        find("input[name=username]").sendKeys(user);
        find("input[name=password]").sendKeys(user);
        find("form button[type=submit]").click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    Chromium open(String path) {
        driver.get(origin + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** What the page shows, as a reader sees it (scripts and markup are not text). */
    String text() {
        return find("body").getText();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String title() {
        return driver.getTitle();
    }

    /** The open alert; throws {@link org.openqa.selenium.NoAlertPresentException} when there is none. */
    org.openqa.selenium.Alert alert() {
        return driver.switchTo().alert();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** A script that answers later: it calls its last argument with the answer. */
    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** The keyboard, as a person uses it: keys go to whatever has the focus, nothing is clicked. */
    org.openqa.selenium.interactions.Actions keys() {
        return new org.openqa.selenium.interactions.Actions(driver);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses a key (or types text) where the focus is and waits for the page the server answers with. */
    void pressForNewPage(CharSequence key) {
        script("window.pdcaPageBeforeSubmit = true");
        keys().sendKeys(key).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(browser ->
                Boolean.TRUE.equals(script("return window.pdcaPageBeforeSubmit === undefined"
                        + " && document.readyState === 'complete'")));
    }

    /** Clicks a submit button (or a link) and waits for the page the server answers with. */
    void submit(WebElement button) {
        script("window.pdcaPageBeforeSubmit = true");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(browser ->
                Boolean.TRUE.equals(script("return window.pdcaPageBeforeSubmit === undefined"
                        + " && document.readyState === 'complete'")));
    }

    <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /**
     * What a link of the page downloads, fetched by the page itself (with its session), as bytes and content type:
     * headless Chromium saves downloads nowhere a test could wait for them.
     */
    Download download(WebElement link) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer = (java.util.Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0].href, {credentials: 'same-origin'}).then(async response => {
                          const bytes = new Uint8Array(await response.arrayBuffer());
                          let binary = '';
                          bytes.forEach(b => binary += String.fromCharCode(b));
                          done({status: response.status, type: response.headers.get('Content-Type'), body: btoa(binary)});
                        });""", link);
        return new Download(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    record Download(int status, String contentType, byte[] body) {
    }

    /** The whole page, not just the window: the window is stretched to the page's height for the shot. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 12_000)));
        try {
            return write(name + ".png", driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The page as the browser prints it on A4 portrait, through the print stylesheet. */
    Path printOnA4(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setOrientation(PrintOptions.Orientation.PORTRAIT);
        options.setBackground(true);
        return write(name + ".pdf", Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent()));
    }

    private static Path write(String file, byte[] bytes) {
        try {
            Files.createDirectories(SHOTS);
            return Files.write(SHOTS.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
