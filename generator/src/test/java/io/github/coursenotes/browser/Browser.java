package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Real-browser support for the {@code *IT} tests: Debian's headless Chromium driven by its
 * ChromeDriver. Without a browser the tests are skipped with a message, except on CI
 * ({@code CI=true}), where a missing browser fails them.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private static Path builtCourse;
    private static Path builtFixture;
    private static Path builtGitHubFixture;

    private Browser() {
    }

    /** Skips the test when no browser is installed, or fails it on CI. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String message = "headless Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install with: apt-get install -y chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort("browser tests skipped: " + message);
    }

    /** A desktop-sized browser with JavaScript on. */
    public static WebDriver start() {
        return start(1280, 900, true);
    }

    public static WebDriver start(int width, int height, boolean javascript) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--allow-file-access-from-files",
                "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** The site of this repository's course, built once per test run into a temporary folder. */
    public static synchronized Path course() {
        if (builtCourse == null) {
            builtCourse = build(BuildConfig.builder(tempProject("course"))
                    .contentDirectory(Fixtures.courseContent())
                    .templatesDirectory(Fixtures.courseTemplates())
                    .build());
        }
        return builtCourse;
    }

    /** The site of the test fixture {@code basic-course} (one card of each type), built once per run. */
    public static synchronized Path fixture() {
        if (builtFixture == null) {
            Path project = Fixtures.copy("basic-course", tempProject("fixture"));
            builtFixture = build(BuildConfig.builder(project).templatesDirectory(Fixtures.courseTemplates()).build());
        }
        return builtFixture;
    }

    /**
     * The site of the fixture {@code github-course} (README folders, formulas, alerts, raw HTML), built
     * once per run; its warnings (syntax of other tools, an external image) are expected.
     */
    public static synchronized Path githubFixture() {
        if (builtGitHubFixture == null) {
            Path project = Fixtures.copy("github-course", tempProject("github"));
            BuildConfig config = BuildConfig.builder(project).templatesDirectory(Fixtures.courseTemplates())
                    .editUrl("https://github.com/example/notes/edit/main/content/").build();
            builtGitHubFixture = build(config);
        }
        return builtGitHubFixture;
    }

    /** A {@code file://} URL for a page of a built site. */
    public static String url(Path site, String page) {
        return site.resolve(page).toUri().toString();
    }

    /** Console messages of level SEVERE since the last call (errors, failed loads, CSP violations). */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** Clicks like a user: the element is first scrolled to the middle of the screen, clear of the sticky header. */
    public static void click(WebDriver driver, WebElement element) {
        script(driver, "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    public static Object script(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static Path build(BuildConfig config) {
        try {
            BuildResult result = SiteBuilder.build(config);
            if (result.hasErrors() || !result.written()) {
                fail("the site did not build: " + result.diagnostics());
            }
            return config.outputDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort at JVM exit: a leftover temporary folder is harmless
        }
    }

    private static Path tempProject(String name) {
        try {
            Path dir = Files.createTempDirectory("coursenotes-it-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
