package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search in a real browser, with the site opened from disk ({@code file://}). */
class SearchIT {

    /** A made-up index where "zeta" is in a page title, a heading, a card question and body text. */
    private static final String SYNTHETIC_INDEX = """
            window.coursenotes.searchIndex = {"pages": [["a.html", "Alpha"], ["z.html", "Zeta page"]],
              "sections": [
                [0, 0, "", "", "Body text that mentions zeta once."],
                [0, 1, "about", "About zeta", "Heading match."],
                [0, 2, "card-q", "What is zeta?", "A letter."],
                [1, 0, "", "", "The page titled zeta."],
                [0, 1, "other", "Other", "<img src=x onerror=window.injected=true> zeta and <b>bold</b>"]]};
            """;

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void slashTypeArrowsAndEnterLandOnTheSection() {
        Path site = Browser.course();
        driver = Browser.start();
        driver.get(Browser.url(site, "lifecycle/stages.html"));
        assertEquals(Boolean.FALSE, Browser.script(driver,
                "return !!document.querySelector('script.search-index-script') || !!window.coursenotes.searchIndex;"),
                "the index is not loaded before the learner searches");

        new Actions(driver).sendKeys("/").perform();
        WebElement input = driver.findElement(By.id("site-search-input"));
        assertEquals(input, driver.switchTo().activeElement(), "/ focuses the search box");
        new Actions(driver).sendKeys("rollback").perform();
        WebElement panel = driver.findElement(By.id("site-search-panel"));
        waitUntil(driver1 -> panel.isDisplayed() && !panel.findElements(By.cssSelector(".search-result a")).isEmpty());
        assertEquals(Boolean.TRUE, Browser.script(driver, "return !!window.coursenotes.searchIndex;"));

        List<WebElement> links = panel.findElements(By.cssSelector(".search-result a"));
        assertEquals("Rollback", links.get(0).findElement(By.cssSelector(".search-result-section")).getText());
        assertEquals("rollback", links.get(0).findElement(By.cssSelector(".search-result-section mark")).getText()
                .toLowerCase(Locale.ROOT));
        WebElement status = driver.findElement(By.id("site-search-status"));
        assertEquals("status", status.getAttribute("role"));
        waitUntil(driver1 -> status.getAttribute("textContent").matches("\\d+ results for “rollback”\\..*"));

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(links.get(1), driver.switchTo().activeElement());
        new Actions(driver).sendKeys(Keys.ARROW_UP).perform();
        assertEquals(links.get(0), driver.switchTo().activeElement());
        String expected = links.get(0).getAttribute("href");
        assertTrue(expected.endsWith("#rollback"), expected);

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver1 -> driver1.getCurrentUrl().equals(expected));
        WebElement section = driver.findElement(By.id("rollback"));
        assertEquals("Rollback", section.getText());
        Number top = (Number) Browser.script(driver, "return document.getElementById('rollback').getBoundingClientRect().top;");
        Number header = (Number) Browser.script(driver,
                "return document.querySelector('.site-header').getBoundingClientRect().bottom;");
        assertTrue(top.doubleValue() >= header.doubleValue() && top.doubleValue() < 450,
                "the section is scrolled into view below the sticky header: " + top + " (header ends at " + header + ")");
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void escapeClosesTheResultsAndArrowUpFromTheFirstReturnsToTheBox() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.course(), "index.html"));
        WebElement input = driver.findElement(By.id("site-search-input"));
        input.sendKeys("canary");
        WebElement panel = driver.findElement(By.id("site-search-panel"));
        waitUntil(driver1 -> panel.isDisplayed());
        input.sendKeys(Keys.ARROW_DOWN);
        new Actions(driver).sendKeys(Keys.ARROW_UP).perform();
        assertEquals(input, driver.switchTo().activeElement());
        input.sendKeys(Keys.ARROW_DOWN);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(panel.isDisplayed());
        assertEquals(input, driver.switchTo().activeElement());
        assertEquals("canary", input.getAttribute("value"));
    }

    @Test
    void slashIsTypedNormallyInATextField() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), "basics/first.html"));
        WebElement blank = driver.findElement(By.cssSelector("input.cloze-blank"));
        Browser.click(driver, blank);
        new Actions(driver).sendKeys("a/b").perform();
        assertEquals("a/b", blank.getAttribute("value"));
        assertEquals(blank, driver.switchTo().activeElement());
    }

    @Test
    void ranksTitleAboveHeadingAboveCardAboveBodyAndShowsIndexTextAsText() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), "index.html"));
        Browser.script(driver, SYNTHETIC_INDEX);
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) Browser.script(driver,
                "return coursenotes.search.rank(coursenotes.searchIndex, 'ZETA').map(function (r) { return r.href; });");
        assertEquals(List.of("z.html", "a.html#about", "a.html#card-q", "a.html", "a.html#other"), order);
        @SuppressWarnings("unchecked")
        List<String> both = (List<String>) Browser.script(driver,
                "return coursenotes.search.rank(coursenotes.searchIndex, 'zeta letter').map(function (r) { return r.href; });");
        assertEquals(List.of("a.html#card-q"), both, "every word of the query must match");

        WebElement input = driver.findElement(By.id("site-search-input"));
        input.sendKeys("zeta");
        waitUntil(driver1 -> driver1.findElements(By.cssSelector("#site-search-results a")).size() == 5);
        WebElement last = driver.findElements(By.cssSelector("#site-search-results a")).get(4);
        assertTrue(last.getText().contains("<img src=x onerror=window.injected=true> zeta and <b>bold</b>"), last.getText());
        assertEquals(0, last.findElements(By.cssSelector("img, b")).size(), "index text is never parsed as HTML");
        assertEquals("zeta", last.findElement(By.cssSelector(".search-result-snippet mark")).getText());
        assertEquals(null, Browser.script(driver, "return window.injected;"));
        assertTrue(last.getAttribute("href").endsWith("/a.html#other"), last.getAttribute("href"));
    }

    @Test
    void theSearchPageShowsEveryResultFromDisk() {
        Path site = Browser.course();
        driver = Browser.start();
        driver.get(Browser.url(site, "search.html") + "?q=canary");
        waitUntil(driver1 -> driver1.findElements(By.cssSelector("#search-page-results a")).size() > 8);
        WebElement input = driver.findElement(By.id("site-search-input"));
        assertEquals("canary", input.getAttribute("value"));
        List<WebElement> links = driver.findElements(By.cssSelector("#search-page-results a"));
        assertTrue(links.get(0).getAttribute("href").endsWith("/deployment-patterns/canary.html"), links.get(0).getAttribute("href"));
        String status = driver.findElement(By.id("search-page-status")).getText();
        assertTrue(status.matches(links.size() + " results for “canary”\\."), status);
        assertTrue(driver.findElements(By.id("site-search-panel")).isEmpty(), "results show in the page, not in a panel");

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        String expected = links.get(1).getAttribute("href");
        new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
        waitUntil(driver1 -> driver1.getCurrentUrl().equals(expected));
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void shadowModeFindsTheWordsNotModelAndGroupsResultsByPage() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.course(), "search.html") + "?q=shadow+mode");
        waitUntil(driver1 -> !driver1.findElements(By.cssSelector("#search-page-results a")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) Browser.script(driver, "return Array.prototype.map.call("
                + "document.querySelectorAll('#search-page-results mark'), function (m) {"
                + " var after = m.nextSibling && m.nextSibling.textContent.charAt(0) || '';"
                + " var before = m.previousSibling && m.previousSibling.textContent.slice(-1) || '';"
                + " return before + '[' + m.textContent + ']' + after; });");
        assertFalse(marked.isEmpty());
        for (String mark : marked) {
            assertTrue(mark.matches("(?i)[^\\p{L}]?\\[(shadows?|modes?)\\][^\\p{L}]?"), "a whole word, never 'model': " + mark);
        }
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) Browser.script(driver, "return Array.prototype.map.call("
                + "document.querySelectorAll('#search-page-results > .search-group'), function (g) {"
                + " return g.querySelector('a').getAttribute('href').replace(/#.*/, ''); });");
        assertEquals(pages.stream().distinct().toList(), pages, "one group per page");
        assertTrue(pages.get(0).endsWith("deployment-patterns/shadow-mode.html"), pages.toString());
        List<WebElement> first = driver.findElements(By.cssSelector("#search-page-results > .search-group:first-child a"));
        assertTrue(first.size() > 3, "the shadow mode page's sections are grouped under it");
        assertTrue(first.stream().allMatch(link -> link.getAttribute("href").contains("shadow-mode.html")));
    }

    @Test
    void enterInTheBoxOpensTheSearchPage() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.course(), "deployment-patterns/canary.html"));
        WebElement input = driver.findElement(By.id("site-search-input"));
        input.sendKeys("drift", Keys.ENTER);
        waitUntil(driver1 -> driver1.getCurrentUrl().contains("/search.html?q=drift"));
        waitUntil(driver1 -> !driver1.findElements(By.cssSelector("#search-page-results a")).isEmpty());
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysWhy() {
        driver = Browser.start(1280, 900, false);
        driver.get(Browser.url(Browser.course(), "search.html") + "?q=canary");
        assertTrue(driver.findElement(By.cssSelector("main")).getText().contains("needs JavaScript"));
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(condition::apply);
    }
}
