package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.browser.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser tab on the preview server: edits show up by themselves, so do mistakes (a banner over the page) and their fixes. */
class LiveReloadIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path project;

    private PreviewServer server;
    private WebDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOpenTabFollowsEditsMistakesAndFixesWithoutConsoleErrors() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildConfig build = BuildConfig.builder(project).templatesDirectory(Fixtures.courseTemplates()).build();
        server = PreviewServer.start(ServeConfig.of(build, "127.0.0.1", 0), ServeLog.silent());
        driver = Browser.start();
        driver.get(server.url() + "basics/second.html");
        awaitListening();
        assertEquals(List.of(), Browser.consoleErrors(driver), "the injected script passes the page's CSP");

        Path note = project.resolve("content/01-basics/02-second.md");
        String original = Files.readString(note);
        long edited = System.nanoTime();
        Files.writeString(note, original.replace("Back to", "Live edit: back to"));
        awaitText("main", "Live edit: back to");
        System.out.printf("LiveReloadIT: an edit was on screen %d ms after the save%n",
                (System.nanoTime() - edited) / 1_000_000);
        awaitListening();

        Files.writeString(note, original.replace("(01-first.md)", "(01-frist.md)"));
        awaitText(".coursenotes-problems", "content/01-basics/02-second.md:7:9: broken link '01-frist.md'");
        assertEquals("Second note", driver.findElement(By.cssSelector("main h1")).getText(),
                "the page is still shown, under the banner");
        assertEquals(List.of(), Browser.consoleErrors(driver), "the banner and its style sheet pass the page's CSP");
        awaitListening();
        driver.findElement(By.linkText("See all problems")).click();
        awaitText("h1", "Problems in the course");
        assertTrue(driver.findElement(By.cssSelector(".problems")).getText()
                .contains("content/01-basics/02-second.md:7:9: broken link '01-frist.md'"));
        driver.navigate().back();
        awaitListening();

        Files.writeString(note, original.replace("Back to", "Fixed: back to"));
        awaitText("main", "Fixed: back to");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(".coursenotes-problems")).isEmpty());
        assertEquals("Second note", driver.findElement(By.cssSelector("main h1")).getText());
    }

    /** Waits until the reload script of the current page has opened its event stream. */
    private void awaitListening() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(Browser.script(d,
                "return !!(window.coursenotes && window.coursenotes.preview"
                        + " && window.coursenotes.preview.events.readyState === 1);")));
    }

    /** Waits for the text; the page may reload between finding an element and reading it. */
    private void awaitText(String selector, String text) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(selector)).stream()
                .anyMatch(element -> element.getText().contains(text)));
    }
}
