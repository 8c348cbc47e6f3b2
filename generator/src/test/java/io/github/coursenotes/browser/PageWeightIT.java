package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lighthouse-style checks on every page of the real course, opened from disk: nothing is requested
 * from outside the site, each page's own HTML + CSS + JS stays under 50 KB gzip-compressed, and
 * nothing shifts the layout once the page is shown. Sizes are measured, never times.
 */
class PageWeightIT {

    /** The budget for a page's own HTML, CSS and JS, gzip-compressed; images and the search index aside. */
    static final int BUDGET_BYTES = 50 * 1024;
    /**
     * No layout shift: Lighthouse reports cumulative layout shift to three decimals, and "good" (Core
     * Web Vitals) is below 0.1; the theme aims at none at all.
     */
    static final double MAX_LAYOUT_SHIFT = 0.001;
    /** The search page shows results for a query; with one, results fill the page after it is shown. */
    static final String SEARCH_QUERY = "?q=shadow+mode";
    /**
     * Data loaded only on demand, not part of every page's weight: the search index (by the search
     * page), the practice cards (by the practice page) and the card ids of each chapter (by the
     * sidebar, once the learner has progress). All three grow with the course.
     */
    static final Set<String> ON_DEMAND = Set.of("search-index.js", "practice-cards.js", "deck.js");
    /** The print page holds the whole course by design (it is opened only to print), so it grows with it. */
    static final Set<String> WHOLE_COURSE_PAGES = Set.of("print.html");

    private static final String LAYOUT_SHIFT = """
            var done = arguments[arguments.length - 1];
            var total = 0;
            new PerformanceObserver(function (list) {
              list.getEntries().forEach(function (entry) {
                if (!entry.hadRecentInput) { total += entry.value; }
              });
            }).observe({type: 'layout-shift', buffered: true});
            // buffered entries arrive in a later task; late content would shift within this wait
            setTimeout(function () { done(total); }, 500);
            """;

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyPageLoadsOnlyFilesOfTheSite() {
        Path site = Browser.course();
        driver = Browser.start();
        List<String> outside = new ArrayList<>();
        for (Path page : pages(site)) {
            driver.get(page.toUri().toString());
            for (Object name : resourceNames()) {
                if (!name.toString().startsWith("file:")) {
                    outside.add(site.relativize(page) + " requests " + name);
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everyPageWeighsLessThanTheBudget() {
        Path site = Browser.course();
        driver = Browser.start();
        List<String> heavy = new ArrayList<>();
        int heaviest = 0;
        for (Path page : pages(site)) {
            driver.get(page.toUri().toString());
            Set<Path> files = new LinkedHashSet<>(referencedFiles(page));
            for (Object name : resourceNames()) {
                Path loaded = Path.of(URI.create(name.toString()));
                if (isCodeOrStyle(loaded)) {
                    files.add(loaded.normalize());
                }
            }
            int weight = gzipSize(page) + files.stream().mapToInt(PageWeightIT::gzipSize).sum();
            heaviest = Math.max(heaviest, weight);
            if (weight >= BUDGET_BYTES && !WHOLE_COURSE_PAGES.contains(site.relativize(page).toString())) {
                heavy.add(site.relativize(page) + ": " + weight + " bytes gzip (" + files.size() + " CSS/JS files)");
            }
        }
        assertEquals(List.of(), heavy, "pages over " + BUDGET_BYTES + " bytes");
        assertTrue(heaviest > 1000, "the weights were measured (heaviest " + heaviest + " bytes)");
    }

    @Test
    void nothingShiftsTheLayoutAfterThePageIsShownOnADesktop() {
        assertNoLayoutShift(1280, 900);
    }

    @Test
    void nothingShiftsTheLayoutAfterThePageIsShownOnAPhone() {
        assertNoLayoutShift(375, 812);
    }

    @Test
    void theSidebarsProgressLoadedWithTheDeckDoesNotShiftTheLayout() {
        assertNoLayoutShift(1280, 900, true);
    }

    private void assertNoLayoutShift(int width, int height) {
        assertNoLayoutShift(width, height, false);
    }

    /** With progress, the sidebar loads deck.js and adds "n/N mastered" under each chapter once it has run. */
    private void assertNoLayoutShift(int width, int height, boolean withProgress) {
        Path site = Browser.course();
        driver = Browser.start(width, height, true);
        driver.get(Browser.url(site, withProgress ? "practice.html" : "index.html"));
        assertTrue((Boolean) Browser.script(driver,
                "return PerformanceObserver.supportedEntryTypes.indexOf('layout-shift') >= 0;"),
                "this browser reports layout shifts");
        if (withProgress) {
            Browser.script(driver, "var records = {}; coursenotes.practiceCards.forEach(function (card, i) {"
                    + " if (i % 2 === 0) { records[card.id] = {seen: 1, right: 1, state: 'review', interval: 30,"
                    + " ease: 2.5, reps: 4, lapses: 0, due: Date.now() + 86400000 * 30}; } });"
                    + " coursenotes.progress.replaceAll(records);");
            driver.get(Browser.url(site, "index.html"));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#sidebar .nav-progress")).isEmpty());
        }
        List<String> shifting = new ArrayList<>();
        for (Path page : pages(site)) {
            boolean search = page.getFileName().toString().equals("search.html");
            driver.get(page.toUri() + (search ? SEARCH_QUERY : ""));
            double shift = ((Number) ((JavascriptExecutor) driver).executeAsyncScript(LAYOUT_SHIFT)).doubleValue();
            if (shift >= MAX_LAYOUT_SHIFT) {
                shifting.add(site.relativize(page) + ": cumulative layout shift " + shift);
            }
        }
        assertEquals(List.of(), shifting, width + "x" + height);
    }

    private List<?> resourceNames() {
        return (List<?>) Browser.script(driver,
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    private static List<Path> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
            assertFalse(pages.isEmpty(), "the course has pages");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style sheets and scripts the page's HTML references, as files. */
    private static List<Path> referencedFiles(Path page) {
        Document html = parse(page);
        List<Path> files = new ArrayList<>();
        for (Element link : html.select("link[rel=stylesheet][href], script[src]")) {
            String reference = link.hasAttr("src") ? link.attr("src") : link.attr("href");
            Path file = page.getParent().resolve(reference.replaceAll("[?#].*", "")).normalize();
            assertTrue(Files.isRegularFile(file), page + " references a missing file " + reference);
            if (isCodeOrStyle(file)) {
                files.add(file);
            }
        }
        return files;
    }

    private static boolean isCodeOrStyle(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".css") || name.endsWith(".js")) && !ON_DEMAND.contains(name);
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of {@code file} gzip-compressed at the default level (6), as a web server would send it. */
    static int gzipSize(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
