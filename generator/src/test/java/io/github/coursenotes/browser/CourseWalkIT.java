package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens the built course from disk and walks it as a learner would. */
class CourseWalkIT {

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyPageIsReachableByNextLinksAndHasNavigationAndNoConsoleErrors() throws Exception {
        Path site = Browser.course();
        driver = Browser.start();
        driver.get(Browser.url(site, "index.html"));
        Set<String> visited = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        while (true) {
            String url = driver.getCurrentUrl();
            assertTrue(visited.add(url), "the next links loop back to " + url);
            if (driver.findElements(By.cssSelector("nav#sidebar a")).isEmpty()) {
                problems.add(url + ": no sidebar navigation");
            }
            if (driver.findElements(By.cssSelector("main h1")).size() != 1) {
                problems.add(url + ": expected exactly one h1");
            }
            Browser.consoleErrors(driver).forEach(error -> problems.add(url + ": console: " + error));
            List<WebElement> next = driver.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            Browser.click(driver, next.get(0));
        }
        assertEquals(List.of(), problems);
        Set<String> expected = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> !Set.of("404.html", "practice.html", "search.html", "print.html")
                            .contains(site.relativize(path).toString()))
                    .forEach(path -> expected.add(path.toUri().toString()));
        }
        Set<String> visitedNormalised = new LinkedHashSet<>();
        visited.forEach(url -> visitedNormalised.add(url.replace("file:///", "file:/")));
        Set<String> expectedNormalised = new LinkedHashSet<>();
        expected.forEach(url -> expectedNormalised.add(url.replace("file:///", "file:/")));
        expectedNormalised.removeAll(visitedNormalised);
        assertEquals(Set.of(), expectedNormalised, "pages not reachable by the next links");
    }

    @Test
    void everySidebarLinkOpensAPage() {
        Path site = Browser.course();
        driver = Browser.start();
        driver.get(Browser.url(site, "index.html"));
        List<String> hrefs = driver.findElements(By.cssSelector("nav#sidebar a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            driver.get(href);
            assertFalse(driver.getTitle().startsWith("Page not found"), href);
            assertTrue(driver.findElement(By.cssSelector("nav#sidebar a[aria-current=page]")).isDisplayed(), href);
        }
    }

    @Test
    void phoneLayoutHidesTheSidebarBehindAMenuButton() {
        Path site = Browser.course();
        driver = Browser.start(375, 812, true);
        driver.get(Browser.url(site, "index.html"));
        WebElement sidebar = driver.findElement(By.id("sidebar"));
        WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
        assertTrue(toggle.isDisplayed(), "menu button shown on a phone");
        assertFalse(sidebar.isDisplayed(), "sidebar collapsed on a phone");
        toggle.click();
        // the drawer slides in (0.2 s unless reduced motion is asked for)
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> sidebar.isDisplayed());
        assertTrue(sidebar.isDisplayed(), "menu button opens the sidebar");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        long overflow = (Long) Browser.script(driver,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "no horizontal scrolling at 375px");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws Exception {
        Path site = Browser.course();
        driver = Browser.start(375, 812, true);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                driver.get(page.toUri().toString());
                long overflow = (Long) Browser.script(driver,
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow > 0) {
                    String widest = (String) Browser.script(driver, """
                            let worst = null;
                            for (const el of document.querySelectorAll('main *')) {
                              const r = el.getBoundingClientRect();
                              if (r.right > document.documentElement.clientWidth + 1 && (!worst || r.width < worst.w)) {
                                worst = {w: r.width, d: el.tagName + '.' + el.className};
                              }
                            }
                            return worst ? worst.d : 'none';""");
                    problems.add(site.relativize(page) + " overflows by " + overflow + "px (" + widest + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void themeToggleIsRememberedAcrossPages() {
        Path site = Browser.course();
        driver = Browser.start();
        driver.get(Browser.url(site, "index.html"));
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        String before = (String) Browser.script(driver, "return getComputedStyle(document.body).backgroundColor;");
        toggle.click();
        String after = (String) Browser.script(driver, "return getComputedStyle(document.body).backgroundColor;");
        assertFalse(before.equals(after), "toggling the theme changes the colours");
        Browser.click(driver, driver.findElement(By.cssSelector("a[rel=next]")));
        String nextPage = (String) Browser.script(driver, "return getComputedStyle(document.body).backgroundColor;");
        assertEquals(after, nextPage, "the chosen theme is remembered on the next page");
    }

    @Test
    void pagesWorkWithoutJavaScript() {
        Path site = Browser.course();
        driver = Browser.start(1280, 900, false);
        driver.get(Browser.url(site, "index.html"));
        assertTrue(driver.findElement(By.id("sidebar")).isDisplayed());
        Browser.click(driver, driver.findElement(By.cssSelector("a[rel=next]")));
        assertTrue(driver.findElement(By.cssSelector("main h1")).isDisplayed());
    }
}
