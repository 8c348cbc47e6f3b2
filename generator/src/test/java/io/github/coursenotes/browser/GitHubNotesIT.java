package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The GitHub-style fixture course in Chromium, opened from disk with the network switched off:
 * formulas laid out as mathematics (MathML, no script, no font download), callouts in the dark
 * theme, and a raw-HTML image on the print page.
 */
class GitHubNotesIT {

    private static WebDriver driver;
    private static Path site;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        site = Browser.githubFixture();
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aFormulaIsLaidOutAsMathematicsFromDiskWithoutNetwork() {
        driver.get(Browser.url(site, "basics/metrics.html"));
        WebElement display = driver.findElement(By.cssSelector(".math-display math[display=block]"));
        assertEquals("block math", display.getCssValue("display"), "Chromium lays it out as MathML");
        WebElement fraction = display.findElement(By.tagName("mfrac"));
        List<?> rows = (List<?>) Browser.script(driver, """
                var f = arguments[0];
                var top = f.children[0].getBoundingClientRect(), bottom = f.children[1].getBoundingClientRect();
                return [top.bottom, bottom.top, top.height, f.getBoundingClientRect().width];
                """, fraction);
        double numeratorBottom = ((Number) rows.get(0)).doubleValue();
        double denominatorTop = ((Number) rows.get(1)).doubleValue();
        assertTrue(numeratorBottom <= denominatorTop + 1, "the numerator stands above the denominator: " + rows);
        assertTrue(((Number) rows.get(2)).doubleValue() > 5 && ((Number) rows.get(3)).doubleValue() > 20, rows.toString());
        List<?> subscript = (List<?>) Browser.script(driver, """
                var sub = document.querySelector('h2 math msub');
                return [sub.children[0].getBoundingClientRect().bottom, sub.children[1].getBoundingClientRect().bottom];
                """);
        assertTrue(((Number) subscript.get(1)).doubleValue() > ((Number) subscript.get(0)).doubleValue(),
                "the 1 of F_1 in a heading sits lower than the F: " + subscript);
        List<?> outside = (List<?>) Browser.script(driver, """
                return performance.getEntriesByType('resource').map(function (e) { return e.name; })
                    .filter(function (name) { return name.indexOf('file:') !== 0; });
                """);
        assertEquals(List.of(), outside, "nothing is loaded from elsewhere");
        assertTrue(((String) Browser.script(driver, "return getComputedStyle(arguments[0]).fontFamily;", display))
                .contains("Math"), "a math font from the system, none downloaded");
        assertEquals(List.of(), Browser.consoleErrors(driver), "no CSP violation (inline styles were turned into classes)");
    }

    @Test
    void calloutsInTheDarkThemeKeepTheirColourTitleAndIcon() {
        driver.get(Browser.url(site, "basics/labels.html"));
        String light = titleColour("warning");
        Browser.script(driver, "document.documentElement.setAttribute('data-theme', 'dark');");
        String dark = titleColour("warning");
        assertNotEquals(light, dark, "each theme has its own callout colour");
        assertNotEquals(titleColour("warning"), titleColour("caution"), "the kinds differ in colour");
        WebElement callout = driver.findElement(By.cssSelector(".callout-warning"));
        assertEquals("note", callout.getAttribute("role"));
        assertEquals("Warning", callout.findElement(By.className("callout-title")).getText(), "a visible title, not colour alone");
        WebElement icon = callout.findElement(By.className("callout-icon"));
        assertEquals(16, icon.getSize().getWidth());
        assertEquals(dark, icon.getCssValue("color"), "the icon takes the title's colour");
        assertNotEquals("rgba(0, 0, 0, 0)", callout.getCssValue("background-color"));
        assertEquals(List.of(), Browser.consoleErrors(driver).stream().filter(error -> !error.contains("chart.png")).toList(),
                "nothing but the image from another server, which the build warned about, is blocked");
    }

    @Test
    void aRawHtmlImageShowsOnTheNotePageAndOnThePrintPage() {
        for (String page : List.of("basics/labels.html", "print.html")) {
            driver.get(Browser.url(site, page));
            WebElement image = driver.findElement(By.cssSelector("img[alt='The labelling pipeline']"));
            Boolean loaded = (Boolean) Browser.script(driver,
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
            assertTrue(loaded, page + ": the image loads from " + image.getAttribute("src"));
        }
    }

    private static String titleColour(String kind) {
        return driver.findElement(By.cssSelector(".callout-" + kind + " .callout-title")).getCssValue("color");
    }
}
