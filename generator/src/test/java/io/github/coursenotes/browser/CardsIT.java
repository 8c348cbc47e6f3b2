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
 * The self-check cards of the fixture page {@code basics/first.html} (one card of each type) in
 * headless Chromium: every type answered right and wrong, keyboard-only use, pointer dragging,
 * progress across reloads, resetting the page, and the page without JavaScript.
 */
class CardsIT {

    private static final String PAGE = "basics/first.html";

    private WebDriver driver;
    private boolean javascript = true;

    @AfterEach
    void noConsoleErrorsThenQuit() {
        if (driver == null) {
            return;
        }
        try {
            if (javascript) {
                assertEquals(List.of(), Browser.consoleErrors(driver), "console errors");
            }
        } finally {
            driver.quit();
        }
    }

    private void open() {
        driver = Browser.start();
        driver.get(Browser.url(Browser.fixture(), PAGE));
        Browser.script(driver, "localStorage.clear();");
        driver.navigate().refresh();
    }

    // ---- flip

    @Test
    void flipCardIsGradedGotItAfterTheReveal() {
        open();
        WebElement card = card("flip-one");
        WebElement gotIt = card.findElement(By.cssSelector(".card-got-it"));
        assertFalse(gotIt.isDisplayed(), "grading waits for the answer");
        Browser.click(driver, card.findElement(By.cssSelector("summary")));
        waitUntil(gotIt::isDisplayed);
        Browser.click(driver, gotIt);
        assertEquals("Marked “Got it”: well done.", feedback(card).getText());
        assertClasses(card, "is-answered", "is-right");
        assertClasses(feedback(card), "is-right");
        assertFalse(gotIt.isDisplayed());
        assertEquals("right", stored("flip-one").get("last"));
    }

    @Test
    void flipCardIsGradedAgainAndCanBeTriedAgain() {
        open();
        WebElement card = card("flip-one");
        Browser.click(driver, card.findElement(By.cssSelector("summary")));
        WebElement again = card.findElement(By.cssSelector(".card-again"));
        waitUntil(again::isDisplayed);
        Browser.click(driver, again);
        assertEquals("Marked “Again”: this card will come back in practice.", feedback(card).getText());
        assertClasses(card, "is-wrong");
        assertClasses(feedback(card), "is-wrong");
        assertEquals("wrong", stored("flip-one").get("last"));
        Browser.click(driver, card.findElement(By.cssSelector(".card-try-again")));
        assertEquals("", feedback(card).getText());
        assertFalse(card.getAttribute("class").contains("is-answered"));
        assertNull(card.findElement(By.cssSelector("details")).getAttribute("open"), "the answer is hidden again");
    }

    // ---- cloze

    @Test
    void clozeAnswersAreCheckedIgnoringCaseAndSpacesAndAcceptAlternatives() {
        open();
        WebElement card = card("cloze-one");
        List<WebElement> blanks = card.findElements(By.cssSelector(".cloze-blank"));
        blanks.get(0).sendKeys("  DATA ");
        blanks.get(1).sendKeys("Model    code");
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Right: all 2 blanks are correct.", feedback(card).getText());
        assertClasses(card, "is-right");
        assertClasses(blanks.get(0), "is-right");
        assertClasses(blanks.get(1), "is-right");
        assertEquals("true", blanks.get(0).getAttribute("readonly"));
        assertEquals("true", card.findElement(By.cssSelector("details")).getAttribute("open"));
        assertEquals("right", stored("cloze-one").get("last"));
    }

    @Test
    void aWrongBlankIsMarkedAndTheAnswerRevealed() {
        open();
        WebElement card = card("cloze-one");
        List<WebElement> blanks = card.findElements(By.cssSelector(".cloze-blank"));
        blanks.get(0).sendKeys("data");
        blanks.get(1).sendKeys("weights");
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Not quite: 1 of 2 blanks right. The answer is shown below.", feedback(card).getText());
        assertClasses(card, "is-wrong");
        assertClasses(blanks.get(0), "is-right");
        assertClasses(blanks.get(1), "is-wrong");
        assertEquals("true", blanks.get(1).getAttribute("aria-invalid"));
        assertTrue(card.findElement(By.cssSelector(".card-back")).isDisplayed());
        assertEquals("wrong", stored("cloze-one").get("last"));
    }

    @Test
    void checkingEmptyBlanksAsksForAnAnswerAndRecordsNothing() {
        open();
        WebElement card = card("cloze-one");
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Type your answer in the blanks first.", feedback(card).getText());
        assertFalse(card.getAttribute("class").contains("is-answered"));
        assertNull(stored("cloze-one"));
    }

    // ---- true/false

    @Test
    void trueFalseAnsweredRight() {
        open();
        WebElement card = card("tf-one");
        Browser.click(driver, driver.findElement(By.cssSelector("label[for=card-tf-one-false]")));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Right: the statement is false.", feedback(card).getText());
        assertClasses(card, "is-right");
        assertClasses(option(card, "card-tf-one-false"), "is-right");
        assertEquals("✓ right", option(card, "card-tf-one-false").findElement(By.cssSelector(".card-mark")).getText());
        assertFalse(driver.findElement(By.id("card-tf-one-true")).isEnabled(), "answers are locked until Try again");
    }

    @Test
    void trueFalseAnsweredWrong() {
        open();
        WebElement card = card("tf-one");
        Browser.click(driver, driver.findElement(By.id("card-tf-one-true")));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Wrong: the statement is false.", feedback(card).getText());
        assertClasses(card, "is-wrong");
        assertClasses(option(card, "card-tf-one-true"), "is-wrong");
        assertClasses(option(card, "card-tf-one-false"), "is-right");
        assertEquals("wrong", stored("tf-one").get("last"));
    }

    // ---- choice

    @Test
    void choiceIsRightOnlyWithExactlyTheRightOptions() {
        open();
        WebElement card = card("choice-one");
        Browser.click(driver, driver.findElement(By.id("card-choice-one-o1")));
        Browser.click(driver, driver.findElement(By.id("card-choice-one-o2")));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Right!", feedback(card).getText());
        assertClasses(card, "is-right");
        assertEquals("right", stored("choice-one").get("last"));
    }

    @Test
    void choiceWithAWrongAndAMissedOptionIsWrong() {
        open();
        WebElement card = card("choice-one");
        Browser.click(driver, driver.findElement(By.id("card-choice-one-o1")));
        Browser.click(driver, driver.findElement(By.id("card-choice-one-o3")));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Not quite: 1 wrong option chosen, 1 right option missed. The right answer is shown below.",
                feedback(card).getText());
        assertClasses(card, "is-wrong");
        assertClasses(option(card, "card-choice-one-o1"), "is-right");
        assertClasses(option(card, "card-choice-one-o2"), "is-right");
        assertClasses(option(card, "card-choice-one-o3"), "is-wrong");
        assertEquals("✓ right answer, not chosen",
                option(card, "card-choice-one-o2").findElement(By.cssSelector(".card-mark")).getText());
        assertEquals("card-choice-one-o3-mark", driver.findElement(By.id("card-choice-one-o3"))
                .getAttribute("aria-describedby"));
        assertEquals("wrong", stored("choice-one").get("last"));
    }

    // ---- order

    @Test
    void orderingCardIsRightOnceTheStepsAreInOrder() {
        open();
        WebElement card = card("order-one");
        assertEquals(List.of("Scoping", "Modeling", "Data", "Deployment"), steps(card));
        Browser.click(driver, button(card, "Move ‘Data’ up"));
        assertEquals(List.of("Scoping", "Data", "Modeling", "Deployment"), steps(card));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Right: the steps are in order.", feedback(card).getText());
        assertClasses(card, "is-right");
        assertEquals(4, card.findElements(By.cssSelector(".card-step.is-right")).size());
        assertFalse(button(card, "Move ‘Data’ down").isEnabled(), "steps are locked until Try again");
    }

    @Test
    void orderingCardAsShuffledIsWrong() {
        open();
        WebElement card = card("order-one");
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertEquals("Not quite: 2 of 4 steps are in the right place. The right order is shown below.",
                feedback(card).getText());
        assertClasses(card, "is-wrong");
        assertEquals(2, card.findElements(By.cssSelector(".card-step.is-wrong")).size());
        assertEquals("wrong", stored("order-one").get("last"));
        Browser.click(driver, card.findElement(By.cssSelector(".card-try-again")));
        assertEquals(List.of("Scoping", "Modeling", "Data", "Deployment"), steps(card));
        assertTrue(button(card, "Move ‘Data’ up").isEnabled());
    }

    @Test
    void stepsCanBeDraggedWithThePointer() {
        open();
        WebElement card = card("order-one");
        WebElement data = step(card, "Data");
        WebElement modeling = step(card, "Modeling");
        Browser.script(driver, "arguments[0].scrollIntoView({block: 'center'});", card);
        int above = -modeling.getSize().getHeight() / 2 + 3;
        new Actions(driver)
                .clickAndHold(data.findElement(By.cssSelector(".card-step-handle")))
                .moveToElement(modeling, 0, 0)
                .moveToElement(modeling, 0, above)
                .release()
                .perform();
        assertEquals(List.of("Scoping", "Data", "Modeling", "Deployment"), steps(card));
        assertEquals("‘Data’ moved to position 2 of 4.", card.findElement(By.cssSelector(".card-steps-status"))
                .getAttribute("textContent"));
        assertFalse(data.getAttribute("class").contains("is-moving"));
    }

    @Test
    void aMovedStepIsHighlightedUnlessReducedMotionIsPreferred() {
        open();
        WebElement card = card("order-one");
        Browser.click(driver, button(card, "Move ‘Data’ up"));
        assertEquals("card-step-moved", animation(step(card, "Data")));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        Browser.click(driver, button(card, "Move ‘Data’ down"));
        assertEquals("none", animation(step(card, "Data")));
        assertEquals(Boolean.TRUE, Browser.script(driver, "return coursenotes.cards.helpers.reducedMotion();"));
    }

    // ---- keyboard only

    @Test
    void anOrderingCardCanBeSolvedWithTheKeyboardAlone() {
        open();
        WebElement card = card("order-one");
        tabTo("[aria-label='Move ‘Scoping’ down']");
        press(Keys.ENTER);
        press(Keys.SPACE);
        press(Keys.ENTER);
        assertEquals(List.of("Modeling", "Data", "Deployment", "Scoping"), steps(card));
        assertEquals("Move ‘Scoping’ up", focused().getAttribute("aria-label"),
                "at the bottom the focus moves from the disabled Down to Up of the same step");
        press(Keys.ENTER);
        press(Keys.ENTER);
        press(Keys.ENTER);
        assertEquals(List.of("Scoping", "Modeling", "Data", "Deployment"), steps(card));
        assertEquals("Move ‘Scoping’ down", focused().getAttribute("aria-label"));
        tabTo("[aria-label='Move ‘Data’ up']");
        press(Keys.ENTER);
        assertEquals("Move ‘Data’ up", focused().getAttribute("aria-label"), "the focus follows the moved step");
        tabTo("#card-order-one .card-check");
        press(Keys.SPACE);
        assertEquals("Right: the steps are in order.", feedback(card).getText());
        assertTrue(focused().getAttribute("class").contains("card-try-again"), "the focus goes to Try again");
        press(Keys.ENTER);
        assertEquals(List.of("Scoping", "Modeling", "Data", "Deployment"), steps(card));
        assertEquals("", feedback(card).getText());
    }

    @Test
    void aChoiceCardCanBeAnsweredWithTheKeyboardAlone() {
        open();
        WebElement card = card("choice-one");
        tabTo("#card-choice-one-o1");
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.SPACE);
        tabTo("#card-choice-one .card-check");
        press(Keys.ENTER);
        assertEquals("Right!", feedback(card).getText());
        assertEquals("right", stored("choice-one").get("last"));
    }

    @Test
    void trueFalseClozeAndFlipCardsCanBeAnsweredWithTheKeyboardAlone() {
        open();
        tabTo("#card-tf-one-true");
        press(Keys.ARROW_DOWN);
        assertTrue(driver.findElement(By.id("card-tf-one-false")).isSelected(), "arrow keys choose in a radio group");
        tabTo("#card-tf-one .card-check");
        press(Keys.ENTER);
        assertEquals("Right: the statement is false.", feedback(card("tf-one")).getText());

        driver.navigate().refresh();
        tabTo("#card-cloze-one .cloze-blank");
        new Actions(driver).sendKeys("data").sendKeys(Keys.TAB).sendKeys("code").sendKeys(Keys.ENTER).perform();
        assertEquals("Right: all 2 blanks are correct.", feedback(card("cloze-one")).getText());

        tabTo("#card-flip-one summary");
        press(Keys.ENTER);
        tabTo("#card-flip-one .card-got-it");
        press(Keys.SPACE);
        assertEquals("Marked “Got it”: well done.", feedback(card("flip-one")).getText());
    }

    // ---- progress

    @Test
    void resultsAreKeptAfterAReloadAndCountedOnThePage() {
        open();
        WebElement progress = driver.findElement(By.cssSelector(".page-progress-text"));
        assertEquals("0 of 5 cards right", progress.getText());
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertEquals("1 of 5 cards right", progress.getText());
        Browser.click(driver, card("order-one").findElement(By.cssSelector(".card-check")));
        driver.navigate().refresh();
        assertEquals("1 of 5 cards right", driver.findElement(By.cssSelector(".page-progress-text")).getText());
        assertEquals("Last time: right", card("tf-one").findElement(By.cssSelector(".card-result")).getText());
        assertClasses(card("tf-one"), "was-right");
        assertEquals("Last time: wrong", card("order-one").findElement(By.cssSelector(".card-result")).getText());
        assertClasses(card("order-one"), "was-wrong");
        assertFalse(card("flip-one").findElement(By.cssSelector(".card-result")).isDisplayed(), "never answered");
        assertEquals(1L, ((Number) stored("tf-one").get("seen")).longValue());
    }

    @Test
    void anAnswerInTheNotesIsAReviewOfANewOrDueCardOnly() {
        open();
        long now = ((Number) Browser.script(driver, "return Date.now();")).longValue();
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertEquals("review", stored("tf-one").get("state"), "a new card answered right is graded Good");
        assertEquals(1L, ((Number) stored("tf-one").get("interval")).longValue());
        long due = ((Number) stored("tf-one").get("due")).longValue();
        assertTrue(due > now, "due on a later day");

        // Answered again (wrong) before it is due: counted, but the schedule stays.
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-try-again")));
        Browser.click(driver, driver.findElement(By.id("card-tf-one-true")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertEquals(2L, ((Number) stored("tf-one").get("seen")).longValue());
        assertEquals(1L, ((Number) stored("tf-one").get("wrong")).longValue());
        assertEquals("review", stored("tf-one").get("state"));
        assertEquals(due, ((Number) stored("tf-one").get("due")).longValue());

        // A due card answered wrong is a lapse, as Again in practice.
        Browser.script(driver, "coursenotes.progress.replaceAll({'order-one': {state: 'review', interval: 10,"
                + " ease: 2.5, reps: 3, lapses: 0, due: Date.now() - 1000}});");
        driver.navigate().refresh();
        Browser.click(driver, card("order-one").findElement(By.cssSelector(".card-check")));
        assertEquals("wrong", stored("order-one").get("last"));
        assertEquals("relearning", stored("order-one").get("state"));
        assertEquals(1L, ((Number) stored("order-one").get("lapses")).longValue());
        assertEquals(5L, ((Number) stored("order-one").get("interval")).longValue());
    }

    @Test
    void resetThisPageClearsItsCardsAndCanBeUndone() {
        open();
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        Browser.script(driver, "coursenotes.progress.recordAnswer('elsewhere', true);");
        driver.navigate().refresh();
        WebElement reset = driver.findElement(By.cssSelector(".page-progress-reset"));
        Browser.click(driver, reset);
        assertEquals("0 of 5 cards right", driver.findElement(By.cssSelector(".page-progress-text")).getText());
        assertEquals("Cleared your results for 1 card on this page.",
                driver.findElement(By.cssSelector(".page-progress-status")).getText());
        assertNull(stored("tf-one"));
        assertEquals("right", stored("elsewhere").get("last"), "other pages' cards are kept");
        assertFalse(card("tf-one").findElement(By.cssSelector(".card-result")).isDisplayed());
        WebElement undo = driver.findElement(By.cssSelector(".page-progress-undo"));
        assertEquals(undo, focused(), "the focus moves to Undo");
        Browser.click(driver, undo);
        assertEquals("1 of 5 cards right", driver.findElement(By.cssSelector(".page-progress-text")).getText());
        assertEquals("right", stored("tf-one").get("last"));
        assertEquals("Last time: right", card("tf-one").findElement(By.cssSelector(".card-result")).getText());
        Browser.click(driver, reset);
        driver.navigate().refresh();
        assertEquals("0 of 5 cards right", driver.findElement(By.cssSelector(".page-progress-text")).getText());
        assertNull(stored("tf-one"), "the reset is kept after a reload");
    }

    // ---- one flow per card (issue 17)

    @Test
    void showAnswerTogglesToHideAnswer() {
        open();
        WebElement summary = card("flip-one").findElement(By.cssSelector("summary"));
        assertEquals("Show answer", summary.getText());
        Browser.click(driver, summary);
        waitUntil(() -> summary.getText().equals("Hide answer"));
        Browser.click(driver, summary);
        waitUntil(() -> summary.getText().equals("Show answer"));
    }

    @Test
    void eachStateOfACardOffersOnePrimaryAction() {
        open();
        for (String id : List.of("cloze-one", "tf-one", "choice-one", "order-one")) {
            assertEquals(List.of("Check"), primaryActions(card(id)), id + " before answering");
        }
        WebElement flip = card("flip-one");
        assertEquals(List.of("Show answer"), primaryActions(flip), "a flip card before its reveal: the reveal");
        Browser.click(driver, flip.findElement(By.cssSelector("summary")));
        waitUntil(() -> flip.findElement(By.cssSelector(".card-got-it")).isDisplayed());
        assertEquals(List.of("Got it"), primaryActions(flip), "after the reveal: the grade");
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertEquals(List.of(), primaryActions(card("tf-one")), "answered: Try again is secondary");
    }

    /** The visible buttons (and summary) drawn as the primary action, by their text. */
    @SuppressWarnings("unchecked")
    private List<String> primaryActions(WebElement card) {
        return (List<String>) Browser.script(driver, "return Array.prototype.filter.call(arguments[0].querySelectorAll('button, summary'),"
                + " function (b) { var s = getComputedStyle(b); return b.offsetParent !== null"
                + " && s.backgroundColor === getComputedStyle(document.documentElement).getPropertyValue('--accent').trim().replace(/^#(..)(..)(..)$/,"
                + " function (m, r, g, bl) { return 'rgb(' + parseInt(r, 16) + ', ' + parseInt(g, 16) + ', ' + parseInt(bl, 16) + ')'; }); })"
                + ".map(function (b) { return b.textContent.trim(); });", card);
    }

    @Test
    void theWholeOptionTileChoosesTheOption() {
        open();
        WebElement tile = option(card("choice-one"), "card-choice-one-o1");
        new Actions(driver).moveToElement(tile, tile.getRect().getWidth() / 2 - 4, 0).click().perform();
        assertTrue(driver.findElement(By.id("card-choice-one-o1")).isSelected(), "a click at the tile's right end");
        assertTrue(tile.getRect().getWidth() > 300, "the tile takes the whole row");
        assertFalse(tile.getCssValue("border-top-style").equals("none"), "a tile has a border");
    }

    @Test
    void orderingControlsDisappearOnceChecked() {
        open();
        WebElement card = card("order-one");
        assertTrue(card.findElement(By.cssSelector(".card-step-up")).isDisplayed());
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertTrue(card.findElements(By.cssSelector(".card-step-controls, .card-step-handle")).stream().noneMatch(WebElement::isDisplayed),
                "no move buttons or handles once checked");
        Browser.click(driver, card.findElement(By.cssSelector(".card-try-again")));
        assertTrue(card.findElement(By.cssSelector(".card-step-up")).isDisplayed(), "back for another try");
    }

    @Test
    void anotherAcceptedClozeAnswerIsMarkedRightAndShownAsTyped() {
        open();
        WebElement card = card("cloze-one");
        List<WebElement> blanks = card.findElements(By.cssSelector(".cloze-blank"));
        blanks.get(0).sendKeys("data");
        blanks.get(1).sendKeys("Model  Code");
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertClasses(blanks.get(1), "is-right");
        List<WebElement> answers = card.findElements(By.cssSelector(".card-back .cloze-answer"));
        assertEquals("data", answers.get(0).getText());
        assertEquals("Model Code", answers.get(1).getText(), "the learner's own accepted answer");
        assertEquals("Your answer; also right: code", answers.get(1).getAttribute("title"));
        Browser.click(driver, card.findElement(By.cssSelector(".card-try-again")));
        assertEquals("code", card.findElements(By.cssSelector(".card-back .cloze-answer")).get(1).getAttribute("textContent"));
    }

    @Test
    void lastTimeIsShownForAnEarlierVisitOnly() {
        open();
        WebElement card = card("tf-one");
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card.findElement(By.cssSelector(".card-check")));
        assertFalse(card.findElement(By.cssSelector(".card-result")).isDisplayed(), "not for the answer just given");
        driver.navigate().refresh();
        assertEquals("Last time: right", card("tf-one").findElement(By.cssSelector(".card-result")).getText());
        Browser.click(driver, driver.findElement(By.id("card-tf-one-true")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertFalse(card("tf-one").findElement(By.cssSelector(".card-result")).isDisplayed(), "answered again: the feedback tells");
    }

    @Test
    void resetThisPageIsOfferedOnceThePageHasProgress() {
        open();
        WebElement reset = driver.findElement(By.cssSelector(".page-progress-reset"));
        assertFalse(reset.isDisplayed(), "nothing to reset");
        Browser.click(driver, driver.findElement(By.id("card-tf-one-false")));
        Browser.click(driver, card("tf-one").findElement(By.cssSelector(".card-check")));
        assertTrue(reset.isDisplayed());
        Browser.click(driver, reset);
        Browser.click(driver, driver.findElement(By.cssSelector(".page-progress-undo")));
        assertTrue(reset.isDisplayed());
        Browser.click(driver, reset);
        driver.navigate().refresh();
        assertFalse(driver.findElement(By.cssSelector(".page-progress-reset")).isDisplayed(), "reset: nothing left to reset");
    }

    // ---- the API for other pages

    @Test
    void cardsInAManualContainerAreLeftToThePageAndReportTheirResults() {
        open();
        Object result = Browser.script(driver, String.join("\n",
                "var box = document.createElement('div');",
                "box.setAttribute('data-cards-manual', '');",
                "var copy = document.getElementById('card-tf-one').cloneNode(true);",
                "copy.id = 'copy'; copy.removeAttribute('data-enhanced');",
                "copy.querySelectorAll('.card-actions, .card-result').forEach(function (n) { n.remove(); });",
                "box.appendChild(copy); document.querySelector('main').appendChild(box);",
                "var before = coursenotes.cards.enhanceAll(document).length;",
                "var results = [];",
                "var card = coursenotes.cards.enhance(copy, {record: false, onResult: function (id, ok) { results.push(id + ':' + ok); }});",
                "copy.querySelector('input[value=false]').checked = true;",
                "copy.querySelector('.card-check').click();",
                "return {before: before, untouchedBefore: before === 5, results: results.join(),"
                        + " same: coursenotes.cards.enhance(copy) === card, stored: localStorage.length};"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) result;
        assertEquals(5L, ((Number) values.get("before")).longValue(), "enhanceAll skips [data-cards-manual]");
        assertEquals("tf-one:true", values.get("results"));
        assertEquals(Boolean.TRUE, values.get("same"));
        assertEquals(0L, ((Number) values.get("stored")).longValue(), "record: false stores nothing");
    }

    // ---- without JavaScript

    @Test
    void withoutJavaScriptCardsAreQuestionsWithAnswersBehindDetails() {
        javascript = false;
        driver = Browser.start(1280, 900, false);
        driver.get(Browser.url(Browser.fixture(), PAGE));
        assertEquals(5, driver.findElements(By.cssSelector(".card")).size());
        assertTrue(driver.findElements(By.cssSelector(".card-actions, .card-check, .card-step-controls")).isEmpty(),
                "no buttons that would do nothing");
        assertTrue(driver.findElement(By.cssSelector("#card-choice-one .card-prompt")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("label[for=card-choice-one-o3]")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("#card-order-one .card-steps")).isDisplayed());
        assertEquals("This page has 5 self-check cards.",
                driver.findElement(By.cssSelector(".page-progress-text")).getText());
        for (WebElement card : driver.findElements(By.cssSelector(".card"))) {
            WebElement back = card.findElement(By.cssSelector(".card-back"));
            assertFalse(back.isDisplayed(), "answers start hidden");
            Browser.click(driver, card.findElement(By.cssSelector("summary")));
            assertTrue(back.isDisplayed(), "Show answer reveals " + card.getAttribute("id"));
        }
        assertEquals("Answer: False", driver.findElement(By.cssSelector("#card-tf-one .card-solution")).getText());
        assertEquals("Canary\nBlue/green",
                driver.findElement(By.cssSelector("#card-choice-one .card-solution-list")).getText());
    }

    // ---- helpers

    private WebElement card(String id) {
        return driver.findElement(By.id("card-" + id));
    }

    private static WebElement feedback(WebElement card) {
        return card.findElement(By.cssSelector(".card-feedback"));
    }

    private WebElement option(WebElement card, String inputId) {
        return card.findElement(By.id(inputId)).findElement(By.xpath("./ancestor::div[contains(@class,'card-option')]"));
    }

    private static WebElement button(WebElement card, String name) {
        return card.findElement(By.cssSelector("button[aria-label='" + name + "']"));
    }

    private static List<String> steps(WebElement card) {
        return card.findElements(By.cssSelector(".card-step .card-step-text")).stream().map(WebElement::getText).toList();
    }

    private static WebElement step(WebElement card, String text) {
        return card.findElements(By.cssSelector(".card-step")).stream()
                .filter(step -> step.findElement(By.cssSelector(".card-step-text")).getText().equals(text))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stored(String id) {
        return (Map<String, Object>) Browser.script(driver, "return coursenotes.progress.get(arguments[0]);", id);
    }

    private String animation(WebElement element) {
        return (String) Browser.script(driver, "return getComputedStyle(arguments[0]).animationName;", element);
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Presses Tab (only Tab) until the focused element matches the selector. */
    private void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) Browser.script(driver, "return document.activeElement.matches(arguments[0]);", selector)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void assertClasses(WebElement element, String... classes) {
        List<String> actual = List.of(element.getAttribute("class").split("\\s+"));
        for (String wanted : classes) {
            assertTrue(actual.contains(wanted), "class " + wanted + " in " + actual);
        }
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ignored -> condition.getAsBoolean());
    }
}
