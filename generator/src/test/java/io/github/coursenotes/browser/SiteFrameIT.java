package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The frame around the notes in a real browser: the one-row header, the theme toggle, the three
 * columns and their narrower forms (outline folded above the text, sidebar as a drawer), the
 * search overlay on phones, the outline's scroll spy, heading permalinks and scrolling tables.
 */
class SiteFrameIT {

    private static final String NOTE = "deployment-patterns/canary.html";

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            try {
                assertEquals(List.of(), Browser.consoleErrors(driver), "console errors");
            } finally {
                driver.quit();
            }
        }
    }

    private void open(int width, String page) {
        driver = Browser.start(width, 900, true);
        driver.get(Browser.url(Browser.course(), page));
        Browser.script(driver, "localStorage.clear();");
        driver.navigate().refresh();
    }

    private double number(String script, Object... args) {
        return ((Number) Browser.script(driver, script, args)).doubleValue();
    }

    private WebElement element(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }

    @Test
    void theHeaderIsOneRowOfAbout56PixelsOnAPhoneAndOnADesktop() {
        for (int width : List.of(375, 1440)) {
            open(width, NOTE);
            double height = number("return document.querySelector('.site-header').getBoundingClientRect().height;");
            assertTrue(height >= 52 && height <= 60, width + " px: header " + height + " px high");
            for (String selector : List.of(".site-title", ".header-link", ".theme-toggle", width < 768 ? ".search-toggle" : ".site-search")) {
                WebElement part = element(selector);
                assertTrue(part.isDisplayed(), width + " px: " + selector + " shown");
                double top = part.getRect().getY();
                assertTrue(top >= 0 && top + part.getRect().getHeight() <= height, width + " px: " + selector + " in the row");
            }
            double crumbs = number("var list = document.querySelector('.breadcrumbs ol');"
                    + " return list.getBoundingClientRect().height / parseFloat(getComputedStyle(list).lineHeight);");
            assertTrue(crumbs < 1.9, width + " px: breadcrumbs on one line (" + crumbs + " lines)");
            driver.quit();
            driver = null;
        }
    }

    @Test
    void theThemeTogglesLabelAndIconFollowTheTheme() {
        open(1440, NOTE);
        WebElement toggle = element(".theme-toggle");
        assertEquals("Switch to dark theme", toggle.getAttribute("aria-label"));
        assertTrue(element(".theme-toggle .icon-moon").isDisplayed());
        toggle.click();
        assertEquals("dark", Browser.script(driver, "return document.documentElement.getAttribute('data-theme');"));
        assertEquals("Switch to light theme", toggle.getAttribute("aria-label"));
        assertTrue(element(".theme-toggle .icon-sun").isDisplayed());
        assertFalse(element(".theme-toggle .icon-moon").isDisplayed());
        driver.navigate().refresh();
        assertEquals("Switch to light theme", element(".theme-toggle").getAttribute("aria-label"), "remembered");
    }

    @Test
    void theThemeToggleFollowsADarkSystemSettingToo() {
        open(1440, NOTE);
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        driver.navigate().refresh();
        assertEquals("Switch to light theme", element(".theme-toggle").getAttribute("aria-label"));
    }

    @Test
    void wideScreensShowThreeColumnsAndTheOutlineMarksTheSectionBeingRead() {
        open(1440, NOTE);
        WebElement sidebar = element("#sidebar");
        WebElement text = element(".note-body");
        WebElement outline = element(".toc-aside");
        assertTrue(sidebar.isDisplayed() && outline.isDisplayed());
        assertFalse(element(".toc-fold").isDisplayed(), "the fold is for narrower screens");
        assertTrue(sidebar.getRect().getX() + sidebar.getRect().getWidth() <= text.getRect().getX());
        assertTrue(text.getRect().getX() + text.getRect().getWidth() <= outline.getRect().getX());
        assertEquals(0, driver.findElements(By.cssSelector(".toc-aside a[aria-current]")).size(), "above the first section");

        Browser.script(driver, "document.getElementById('rollback').scrollIntoView();");
        waitUntil(() -> "#rollback".equals(currentOutlineLink()));
        assertTrue(outline.isDisplayed() && top(outline) < 200, "the outline stays in view (sticky): " + top(outline));
        assertTrue(top(sidebar) < 100, "the sidebar stays in view (sticky): " + top(sidebar));
        Browser.script(driver, "document.getElementById('how-it-works').scrollIntoView();");
        waitUntil(() -> "#how-it-works".equals(currentOutlineLink()));
        assertEquals(1, driver.findElements(By.cssSelector(".toc-aside a[aria-current]")).size());
    }

    /** The distance from the top of the window (getRect is from the top of the page). */
    private double top(WebElement element) {
        return number("return arguments[0].getBoundingClientRect().top;", element);
    }

    private String currentOutlineLink() {
        List<WebElement> current = driver.findElements(By.cssSelector(".toc-aside a[aria-current='true']"));
        return current.isEmpty() ? null : current.get(0).getDomAttribute("href");
    }

    @Test
    void linesOfTextHoldAbout70To75CharactersAtASizeOf16To18Pixels() {
        open(1440, NOTE);
        double size = number("return parseFloat(getComputedStyle(document.querySelector('.note-body > p')).fontSize);");
        assertTrue(size >= 16 && size <= 18, "body text " + size + " px");
        double lineHeight = number("var s = getComputedStyle(document.querySelector('.note-body > p'));"
                + " return parseFloat(s.lineHeight) / parseFloat(s.fontSize);");
        assertTrue(lineHeight >= 1.5 && lineHeight <= 1.7, "line height " + lineHeight);
        // the characters of a long paragraph over its lines, the last one counted as half full
        double perLine = number("""
                var p = Array.prototype.filter.call(document.querySelectorAll('.note-body > p'),
                    function (p) { return p.textContent.length > 250; })[0];
                var range = document.createRange(); range.selectNodeContents(p);
                var middles = Array.prototype.map.call(range.getClientRects(), function (r) { return r.top + r.height / 2; })
                    .sort(function (a, b) { return a - b; });
                var lines = middles.filter(function (middle, i) { return i === 0 || middle - middles[i - 1] > 10; }).length;
                return p.textContent.length / (lines - 0.5);
                """);
        assertTrue(perLine >= 60 && perLine <= 82, perLine + " characters per line");
    }

    @Test
    void theHomePageShowsEachChaptersProgressOnItsCard() {
        open(1440, "index.html");
        List<WebElement> cards = driver.findElements(By.cssSelector(".chapter-card"));
        assertTrue(cards.size() >= 4);
        assertTrue(cards.get(0).getRect().getY() < 500, "the chapter cards are near the top");
        assertEquals(element(".note-body h1").getRect().getX(), cards.get(0).getRect().getX(), "aligned with the text");
        Browser.script(driver, "var records = {}; coursenotes.progress.replaceAll({'lifecycle-is-linear': {seen: 1, right: 1,"
                + " last: 'right', state: 'review', interval: 30, ease: 2.5, reps: 4, lapses: 0, due: Date.now() + 86400000 * 30}});");
        waitUntil(() -> !element(".chapter-card .chapter-progress").getText().isEmpty());
        assertTrue(element(".chapter-card .chapter-progress").getText().matches("1 of \\d+ cards mastered"),
                element(".chapter-card .chapter-progress").getText());
    }

    @Test
    void mediumScreensFoldTheOutlineAboveTheText() {
        open(1024, NOTE);
        assertTrue(element("#sidebar").isDisplayed(), "the sidebar stays");
        assertFalse(element(".toc-aside").isDisplayed());
        WebElement fold = element(".toc-fold");
        assertTrue(fold.isDisplayed());
        assertTrue(fold.getRect().getY() < element(".note-body > p").getRect().getY(), "above the text");
        assertFalse(element(".toc-fold .toc a").isDisplayed(), "folded");
        Browser.click(driver, element(".toc-fold summary"));
        assertTrue(element(".toc-fold .toc a").isDisplayed());
    }

    @Test
    void onAPhoneTheSidebarIsADrawerForTheKeyboardToo() {
        open(375, NOTE);
        WebElement toggle = element(".nav-toggle");
        WebElement sidebar = element("#sidebar");
        assertFalse(sidebar.isDisplayed(), "closed");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.sendKeys(Keys.ENTER);
        waitUntil(sidebar::isDisplayed);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals(element("#sidebar [aria-current=page]"), driver.switchTo().activeElement(), "the focus moves to the current page");
        assertEquals(Boolean.TRUE, Browser.script(driver, "return document.getElementById('main').inert;"), "the page behind is inert");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(() -> !sidebar.isDisplayed());
        assertEquals(toggle, driver.switchTo().activeElement(), "Escape returns to the button");
        assertEquals(Boolean.FALSE, Browser.script(driver, "return document.getElementById('main').inert;"));

        toggle.click();
        waitUntil(sidebar::isDisplayed);
        new Actions(driver).moveToLocation(340, 500).click().perform();
        waitUntil(() -> !sidebar.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"), "a click outside closes it");
    }

    @Test
    void onAPhoneSearchOpensAsAnOverlayFromItsIcon() {
        open(375, NOTE);
        assertFalse(element("#site-search-input").isDisplayed());
        WebElement icon = element(".search-toggle");
        icon.click();
        WebElement input = element("#site-search-input");
        waitUntil(input::isDisplayed);
        assertEquals(input, driver.switchTo().activeElement());
        assertTrue(input.getRect().getWidth() > 250, "the box takes the width of the screen");
        input.sendKeys("rollback");
        WebElement panel = element("#site-search-panel");
        waitUntil(() -> panel.isDisplayed() && !panel.findElements(By.cssSelector("a")).isEmpty());
        assertTrue(panel.getRect().getWidth() >= 340, "results take the width of the screen: " + panel.getRect().getWidth());
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); /* clear() would also blur the box */
        input.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !input.isDisplayed());
        assertEquals(icon, driver.switchTo().activeElement());
    }

    @Test
    void headingPermalinksShowOnFocusAndHaveAName() {
        open(1440, NOTE);
        WebElement link = element("#rollback .heading-link");
        assertEquals("Link to the section “Rollback”", link.getAttribute("aria-label"));
        assertEquals("0", link.getCssValue("opacity"), "hidden until hover or focus");
        Browser.script(driver, "arguments[0].focus();", link);
        assertEquals("1", link.getCssValue("opacity"));
        assertTrue(link.getDomAttribute("href").equals("#rollback"));
        assertEquals("Rollback", element("#rollback").getText(), "the heading's text stays its own");
    }

    @Test
    void aWideTableScrollsInsideAFocusableGroupOnAPhone() {
        open(375, "deployment-patterns/blue-green.html");
        WebElement region = element(".table-scroll");
        assertEquals("0", region.getAttribute("tabindex"));
        assertTrue(region.getAttribute("aria-label").startsWith("Table: "), region.getAttribute("aria-label"));
        assertTrue(number("return arguments[0].scrollWidth - arguments[0].clientWidth;", region) > 0, "it overflows");
        Browser.script(driver, "arguments[0].focus();", region);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        waitUntil(() -> number("return arguments[0].scrollLeft;", region) > 0);
        assertTrue(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;") <= 0,
                "the page itself does not scroll sideways");
    }

    @Test
    void theSearchBoxHintsAtTheSlashKeyOnlyWithAKeyboardAndPointer() {
        open(1440, NOTE);
        WebElement hint = element(".site-search-key");
        boolean finePointer = (Boolean) Browser.script(driver, "return matchMedia('(hover: hover) and (pointer: fine)').matches;");
        assertEquals(finePointer, hint.isDisplayed());
        assertEquals("Search", element("#site-search-input").getAttribute("placeholder"), "no keyboard hint in the text");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmitTouchEventsForMouse", Map.of("enabled", true));
        driver.navigate().refresh();
        assertEquals(Boolean.TRUE, Browser.script(driver, "return matchMedia('(pointer: coarse)').matches;"), "a touch screen");
        assertFalse(element(".site-search-key").isDisplayed(), "no '/' on a touch screen");
    }

    @Test
    void everyLinkHasAnAddress() {
        for (String page : List.of("index.html", NOTE, "practice.html", "search.html")) {
            driver = Browser.start();
            driver.get(Browser.url(Browser.course(), page) + (page.equals("search.html") ? "?q=canary" : ""));
            Browser.script(driver, "document.getElementById('site-search-input').focus();");
            List<?> bare = (List<?>) Browser.script(driver, "return Array.prototype.map.call("
                    + "document.querySelectorAll('a:not([href])'), function (a) { return a.outerHTML; });");
            assertEquals(List.of(), bare, page);
            driver.quit();
            driver = null;
        }
    }

    @Test
    void withoutJavaScriptThePhoneLayoutShowsTheSidebarAndNoDeadButtons() {
        driver = Browser.start(375, 812, false);
        driver.get(Browser.url(Browser.course(), NOTE));
        assertTrue(element("#sidebar").isDisplayed(), "the sidebar is in the page");
        assertFalse(element(".nav-toggle").isDisplayed());
        assertFalse(element(".theme-toggle").isDisplayed());
        assertFalse(element(".search-toggle").isDisplayed());
        assertNull(element(".toc-fold").getAttribute("open"));
    }
}
