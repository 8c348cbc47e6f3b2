package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The practice page on the fixture course (six cards in one chapter), driven like a learner would. */
class PracticeIT {

    private WebDriver driver;

    @TempDir
    Path downloads;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open() {
        if (driver == null) {
            driver = Browser.start();
        }
        driver.get(Browser.url(Browser.fixture(), "practice.html"));
        waitFor(() -> element(".practice-app").isDisplayed());
    }

    private WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return element(css).getText();
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private void press(String keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private Object script(String code, Object... args) {
        return Browser.script(driver, code, args);
    }

    private long number(String script) {
        return ((Number) script(script)).longValue();
    }

    private void startSession() {
        Browser.click(driver, element(".practice-start"));
        waitFor(() -> element(".practice-session").isDisplayed());
    }

    /** Space, then the grade's key, for every card until the summary shows; returns the counter texts seen. */
    private List<String> practiseByKeyboard(String... grades) {
        List<String> counters = new ArrayList<>();
        for (String grade : grades) {
            waitFor(() -> element(".practice-reveal").isDisplayed());
            counters.add(text(".practice-counter"));
            press(" ");
            waitFor(() -> element(".practice-grades").isDisplayed());
            assertTrue(element(".practice-stage details").getAttribute("open") != null, "Space reveals the answer");
            press(grade);
        }
        waitFor(() -> element(".practice-summary").isDisplayed());
        return counters;
    }

    @Test
    void aWholeSessionByKeyboardSchedulesEveryCardForLater() {
        open();
        assertEquals("6", element(".practice-due").getAttribute("data-new"));
        assertEquals("0", element(".practice-due").getAttribute("data-due"));
        assertEquals(3, driver.findElements(By.cssSelector(".practice-chart svg.progress-chart rect.chart-new")).size(),
                "the chart has a legend, a bar for the whole course and one for the chapter");
        assertEquals("Whole course: 0 mastered, 0 learning, 6 new; Basics: 0 mastered, 0 learning, 6 new.",
                element(".progress-chart desc").getAttribute("textContent"));
        assertEquals(0, driver.findElements(By.cssSelector(".practice-list")).size(), "the list gives way to the session");
        startSession();
        assertTrue(text(".practice-counter").startsWith("Card 1 of 6"), text(".practice-counter"));
        assertTrue(element(".practice-stage .practice-source-link").getAttribute("href").endsWith("basics/first.html#card-flip-one"));

        List<String> counters = practiseByKeyboard("3", "3", "3", "3", "3", "3");
        assertEquals("Card 6 of 6 · new card", counters.get(5));
        assertEquals("6", text("[data-summary=cards]"));
        assertEquals("6", text("[data-summary=new]"));
        assertEquals("6", text("[data-summary=good]"));
        assertEquals("0", text("[data-summary=again]"));
        assertTrue(text(".practice-summary-next").startsWith("Next review: "), text(".practice-summary-next"));

        // Graded cards are scheduled for a later day, not due now; the practice recorded each answer once.
        assertEquals(6, number("var all = coursenotes.progress.all(), now = Date.now();"
                + "return Object.keys(all).filter(function (id) { var r = all[id];"
                + " return r.state === 'review' && r.interval === 1 && r.due > now && !coursenotes.scheduler.isDue(r, now)"
                + " && r.seen === 1 && r.right === 1; }).length;"));
        driver.navigate().refresh();
        waitFor(() -> element(".practice-app").isDisplayed());
        assertEquals("0", element(".practice-due").getAttribute("data-due"));
        assertEquals("0", element(".practice-due").getAttribute("data-new"));
        Browser.click(driver, element(".practice-start"));
        waitFor(() -> text(".practice-due").startsWith("Nothing to practise now."));
        assertFalse(element(".practice-session").isDisplayed());
        assertEquals("0/6 mastered", element("#sidebar .nav-progress").getAttribute("textContent"));
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void dueCardsComeBackAndAForgottenCardIsShownAgainInTheSameSession() {
        open();
        script("var now = Date.now(); coursenotes.progress.replaceAll({"
                + "'flip-one': {state: 'review', interval: 10, ease: 2.5, reps: 3, lapses: 0, due: now - 2000},"
                + "'tf-one': {state: 'review', interval: 4, ease: 2.5, reps: 2, lapses: 0, due: now - 1000},"
                + "'cloze-one': {state: 'review', interval: 30, ease: 2.5, reps: 5, lapses: 0, due: now + 86400000 * 20}});");
        driver.navigate().refresh();
        waitFor(() -> element(".practice-app").isDisplayed());
        assertEquals("2", element(".practice-due").getAttribute("data-due"));
        element("#practice-new-limit").clear();
        element("#practice-new-limit").sendKeys("0");
        startSession();
        List<String> counters = practiseByKeyboard("1", "3", " ");
        assertEquals(List.of("Card 1 of 2 · review", "Card 2 of 3 · review", "Card 3 of 3 · again"), counters);
        assertTrue(element(".practice-stage").getText().isEmpty());
        assertEquals("2", text("[data-summary=cards]"));
        assertEquals("0", text("[data-summary=new]"));
        assertEquals("3", text("[data-summary=reviews]"));
        assertEquals("1", text("[data-summary=again]"));
        assertEquals("2", text("[data-summary=good]"));
        assertEquals(1L, number("return coursenotes.progress.get('flip-one').lapses;"));
        assertEquals(5L, number("return coursenotes.progress.get('flip-one').interval;"), "the lapse halved the interval");
        assertEquals(10L, number("return coursenotes.progress.get('tf-one').interval;"));
        assertEquals("1/6 mastered", element("#sidebar .nav-progress").getAttribute("textContent"), "the 30-day card counts as mastered");
        driver.navigate().refresh();
        waitFor(() -> element(".practice-app").isDisplayed());
        assertEquals("0", element("#practice-new-limit").getAttribute("value"), "the new-card limit is remembered");
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void aChapterCanBeChosenFromTheAddress() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), "practice.html") + "?chapter=basics%2Findex.html");
        waitFor(() -> element(".practice-app").isDisplayed());
        assertEquals("basics/index.html", element("#practice-chapter").getAttribute("value"));
        assertEquals("0 cards are due in Basics, 6 new.", text(".practice-due"));
    }

    @Test
    void exportResetAndImportRestoreTheProgress() throws Exception {
        open();
        script("var now = Date.now(); coursenotes.progress.replaceAll({"
                + "'flip-one': {state: 'review', interval: 25, ease: 2.6, reps: 4, lapses: 1, due: now + 86400000, graded: now},"
                + "'order-one': {seen: 2, right: 1, wrong: 1, last: 'wrong', at: now}});");
        driver.navigate().refresh();
        waitFor(() -> element(".practice-app").isDisplayed());
        String before = (String) script("var all = coursenotes.progress.all();"
                + "return JSON.stringify(Object.keys(all).sort().map(function (id) { return [id, all[id]]; }));");
        script("window.exported = []; var create = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.exported.push(blob); return create.call(URL, blob); };");

        Browser.click(driver, element(".practice-export"));
        waitFor(() -> text(".practice-data-status").startsWith("Exported the progress of 2 cards"));
        String file = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.exported[0].text().then(done);");
        assertTrue(file.contains("\"format\": \"coursenotes-progress\""), file);
        assertTrue(text(".practice-data-status").contains("fixture-course-progress-"), text(".practice-data-status"));

        Browser.click(driver, element(".practice-reset"));
        assertTrue(element(".practice-reset-confirm").isDisplayed(), "reset asks first");
        Browser.click(driver, element(".practice-reset-no"));
        assertFalse(element(".practice-reset-confirm").isDisplayed());
        assertEquals(2L, number("return Object.keys(coursenotes.progress.all()).length;"), "cancel keeps the progress");
        Browser.click(driver, element(".practice-reset"));
        Browser.click(driver, element(".practice-reset-yes"));
        assertEquals(0L, number("return Object.keys(coursenotes.progress.all()).length;"));
        assertEquals("6", element(".practice-due").getAttribute("data-new"));

        Path saved = downloads.resolve("progress.json");
        Files.writeString(saved, file);
        element(".practice-import-file").sendKeys(saved.toString());
        waitFor(() -> text(".practice-data-status").startsWith("Imported the progress of 2 cards"));
        String after = (String) script("var all = coursenotes.progress.all();"
                + "return JSON.stringify(Object.keys(all).sort().map(function (id) { return [id, all[id]]; }));");
        assertEquals(before, after);
        assertEquals("5", element(".practice-due").getAttribute("data-new"));

        Files.writeString(saved, "{\"format\": \"other\"}");
        element(".practice-import-file").sendKeys(saved.toString());
        waitFor(() -> text(".practice-data-status").startsWith("Nothing imported"));
        assertEquals(before, script("var all = coursenotes.progress.all();"
                + "return JSON.stringify(Object.keys(all).sort().map(function (id) { return [id, all[id]]; }));"));
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void interactiveCardsReportTheirResultThroughTheCardsApi() {
        open();
        // A stand-in for cards.js: it enhances the card, records the answer itself and reports the result.
        script("window.enhanced = []; coursenotes.cards = {enhance: function (card, options) {"
                + " card.setAttribute('data-enhanced', 'yes'); window.enhanced.push(card.getAttribute('data-card-id'));"
                + " window.report = function (correct) { var id = card.getAttribute('data-card-id');"
                + "  coursenotes.progress.recordAnswer(id, correct); options.onResult(id, correct); }; }};");
        startSession();
        assertEquals("yes", element(".practice-stage .card").getAttribute("data-enhanced"));
        script("window.report(false);");
        waitFor(() -> element(".practice-grades").isDisplayed());
        assertEquals("Again", element(".practice-grade.is-suggested .practice-grade-label").getText());
        press("1");
        waitFor(() -> text(".practice-counter").startsWith("Card 2 of 7"));
        assertEquals(1L, number("return coursenotes.progress.get('flip-one').seen;"), "the answer is recorded once");
        assertEquals(1L, number("return coursenotes.progress.get('flip-one').wrong;"));
        assertEquals("learning", script("return coursenotes.progress.get('flip-one').state;"));
        assertEquals(List.of("flip-one", "cloze-one"), script("return window.enhanced;"));
    }

    @Test
    void aCardIsShownAsAFlashcardWithOneFlow() {
        open();
        startSession();
        // flip-one: the question alone, one primary button, the card's own buttons and reveal hidden
        assertEquals("Show answer", text(".practice-reveal-label"));
        assertFalse(element(".practice-stage .card-back").isDisplayed(), "the question alone");
        assertTrue(driver.findElements(By.cssSelector(".practice-stage .card button, .practice-stage .card summary")).stream()
                .noneMatch(WebElement::isDisplayed), "no second flow inside the card");
        assertFalse(element(".practice-grades").isDisplayed());
        press(" ");
        waitFor(() -> element(".practice-grades").isDisplayed());
        assertTrue(element(".practice-stage .card-back").isDisplayed());
        assertFalse(element(".practice-reveal").isDisplayed(), "then the grades only");
        press("3");
        // cloze-one: answered in place, checked by the same button, which suggests the grade
        waitFor(() -> text(".practice-counter").startsWith("Card 2 of"));
        assertEquals("Check", text(".practice-reveal-label"));
        List<WebElement> blanks = driver.findElements(By.cssSelector(".practice-stage .cloze-blank"));
        blanks.get(0).sendKeys("data");
        blanks.get(1).sendKeys("code");
        Browser.click(driver, element(".practice-reveal"));
        waitFor(() -> element(".practice-grades").isDisplayed());
        assertEquals("Good", element(".practice-grade.is-suggested .practice-grade-label").getText());
        assertTrue(text(".practice-stage .card-feedback").startsWith("Right"), text(".practice-stage .card-feedback"));
        assertFalse(element(".practice-stage .card-try-again").isDisplayed(), "no Try again inside the session");
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void theChartHasARowPerChapterButNoneForTheHomePageOrTheGlossary() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.course(), "practice.html"));
        waitFor(() -> element(".practice-app").isDisplayed());
        String rows = element(".progress-chart desc").getAttribute("textContent");
        assertTrue(rows.startsWith("Whole course: 0 mastered, 0 learning, "), rows);
        assertTrue(rows.contains("Deployment Patterns: "), rows);
        assertFalse(rows.contains("Glossary") || rows.contains("Machine Learning in Production"), rows);
    }

    @Test
    void theSidebarCountsFollowAnAnswerWithoutAReload() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), "basics/first.html"));
        script("localStorage.clear(); coursenotes.progress.replaceAll({'flip-one': {seen: 1, right: 1, last: 'right',"
                + " state: 'review', interval: 30, ease: 2.5, reps: 5, lapses: 0, due: Date.now() + 86400000 * 20}});");
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("#sidebar .nav-progress")).isEmpty());
        assertEquals("1/6 mastered", element("#sidebar .nav-progress").getAttribute("textContent"));
        script("coursenotes.progress.update('cloze-one', function () { return {seen: 3, right: 3, last: 'right',"
                + " state: 'review', interval: 40, ease: 2.5, reps: 6, lapses: 0, due: Date.now() + 86400000 * 30}; });");
        waitFor(() -> element("#sidebar .nav-progress").getAttribute("textContent").equals("2/6 mastered"));
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    void withoutJavaScriptThePageListsTheChaptersAndLinksToEveryCardWithItsAnswer() {
        driver = Browser.start(1280, 900, false);
        driver.get(Browser.url(Browser.fixture(), "practice.html"));
        assertFalse(element(".practice-app").isDisplayed());
        assertTrue(driver.findElements(By.cssSelector(".card")).isEmpty(), "the cards are in practice-cards.js");
        assertEquals("Basics (6 cards)", text(".practice-chapters li"));
        assertTrue(element(".practice-chapters a[href='basics/index.html']").isDisplayed());
        assertTrue(element("a[href='cards.apkg']").isDisplayed());
        assertTrue(element("a[href='cards-anki.txt']").isDisplayed());
        Browser.click(driver, element("a.practice-print-link"));
        assertTrue(driver.getCurrentUrl().endsWith("/print.html"), driver.getCurrentUrl());
        assertEquals(6, driver.findElements(By.cssSelector(".card[data-card-id]")).size(),
                "the print page shows every card");
        assertTrue(driver.findElements(By.cssSelector(".card .card-back, .card details")).size() >= 6,
                "with its answer");
    }

    @Test
    void theSidebarLoadsTheDeckOnlyWithProgressAndCountsOnlyCardsOfTheCourse() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), "basics/second.html"));
        script("localStorage.clear();");
        driver.navigate().refresh();
        assertEquals(List.of(), deckRequests(), "no progress: no deck.js");
        assertTrue(driver.findElements(By.cssSelector("#sidebar .nav-progress")).isEmpty());

        // A mastered card of the course, and one that the course no longer has (as after an import).
        script("var now = Date.now(), mastered = {state: 'review', interval: 30, ease: 2.5, reps: 5, lapses: 0,"
                + " due: now + 86400000 * 20}; coursenotes.progress.replaceAll({'flip-one': mastered, 'deleted-card': mastered});");
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("#sidebar .nav-progress")).isEmpty());
        assertEquals("1/6 mastered", element("#sidebar .nav-progress").getAttribute("textContent"), "the deleted card is not counted");
        assertEquals(1, deckRequests().size());
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    /** The deck.js script elements of the page (sidebar-progress.js adds one when it needs the deck). */
    private List<?> deckRequests() {
        return (List<?>) script("return Array.prototype.map.call(document.querySelectorAll('script[src]'),"
                + " function (s) { return s.getAttribute('src'); }).filter(function (src) { return /deck\\.js$/.test(src); });");
    }
}
