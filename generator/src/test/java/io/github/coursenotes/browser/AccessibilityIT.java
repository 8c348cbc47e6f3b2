package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.SiteTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * Runs axe-core (from the Maven artifact, no download) in headless Chromium on every page at the
 * site root and one page of every other template (found by the {@code <body class>}), so pages
 * added later are covered without editing this test, and on the fixture note with every card
 * type; in the light and the dark theme, at 1280 px and at 375 px, with every answer revealed. Expects no violations and
 * prints all it finds.
 */
class AccessibilityIT {

    private static final String AXE = axeSource();
    private static final List<Integer> WIDTHS = List.of(1280, 375);

    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    @BeforeEach
    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyKindOfPageOfTheCourseHasNoViolations() {
        Path site = Browser.course();
        List<String> pages = onePagePerTemplate(site);
        assertTrue(pages.size() >= 4, "home, chapter, note and 404 at least: " + pages);
        assertNoViolations(site, pages);
    }

    @Test
    void noteWithEveryCardTypeHasNoViolations() {
        Path site = Browser.fixture();
        List<String> pages = new ArrayList<>(List.of("basics/first.html"));
        onePagePerTemplate(site).stream().filter(page -> !pages.contains(page)).forEach(pages::add);
        assertNoViolations(site, pages);
    }

    @Test
    void gitHubStylePagesWithFormulasCalloutsAndRawHtmlHaveNoViolations() {
        Path site = Browser.githubFixture();
        List<String> pages = new ArrayList<>(List.of("basics/labels.html", "basics/metrics.html"));
        onePagePerTemplate(site).stream().filter(page -> !pages.contains(page)).forEach(pages::add);
        assertNoViolations(site, pages);
    }

    @Test
    void auditFindsAViolationPlantedInThePage() {
        Path site = Browser.fixture();
        List<String> violations = audit(site, "basics/first.html", "dark",
                "var image = document.createElement('img'); image.src = 'diagram.svg';"
                        + " document.querySelector('main').appendChild(image);");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("basics/first.html (dark): image-alt (critical)"), violations.get(0));
    }

    /** Each page at a desktop width (1280 px) and a phone's (375 px), in the light and the dark theme. */
    private static void assertNoViolations(Path site, List<String> pages) {
        List<String> violations = new ArrayList<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, width < 800 ? 812 : 900));
            for (String page : pages) {
                List<String> backgrounds = new ArrayList<>();
                for (String theme : List.of("light", "dark")) {
                    violations.addAll(audit(site, page, theme, "").stream().map(found -> width + " px " + found).toList());
                    backgrounds.add((String) Browser.script(driver, "return getComputedStyle(document.body).backgroundColor;"));
                }
                assertTrue(!backgrounds.get(0).equals(backgrounds.get(1)), page + ": the dark theme was not applied");
            }
        }
        System.out.println("axe-core: " + pages.size() + " pages x 2 themes x " + WIDTHS + " px of " + site + ": " + pages
                + ", " + violations.size() + " violations");
        assertEquals(List.of(), violations, "axe-core found accessibility violations");
    }

    /**
     * Every page at the site root (home, 404, practice, search...) and the first page (by path) of
     * each other {@code <body class>} (chapter, note...).
     */
    static List<String> onePagePerTemplate(Path site) {
        Map<String, String> byTemplate = new LinkedHashMap<>();
        for (String page : SiteTree.htmlPages(site)) {
            String template = Jsoup.parse(SiteTree.read(site, page)).body().className();
            byTemplate.putIfAbsent(page.contains("/") ? template : page, page);
        }
        return List.copyOf(byTemplate.values());
    }

    private static List<String> audit(Path site, String page, String theme, String setup) {
        // the search page shows results only for a query
        String url = Browser.url(site, page) + (page.endsWith("search.html") ? "?q=model" : "");
        driver.get(url);
        Browser.script(driver, """
                document.documentElement.setAttribute('data-theme', arguments[0]);
                document.querySelectorAll('details').forEach(function (details) { details.open = true; });
                """, theme);
        Browser.script(driver, setup);
        Browser.script(driver, AXE);
        String result = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (results) {
                  done(JSON.stringify(results.violations.map(function (violation) {
                    return violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
                        + violation.nodes.map(function (node) {
                            return node.target.join(' ') + ' [' + node.failureSummary.replace(/\\s+/g, ' ') + ']';
                          }).join('; ');
                  })));
                }, function (error) { done(JSON.stringify(['axe failed: ' + error])); });
                """);
        List<String> violations = new ArrayList<>();
        List<?> found = new Json().toType(result, List.class);
        for (Object violation : found) {
            violations.add(page + " (" + theme + "): " + violation);
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
