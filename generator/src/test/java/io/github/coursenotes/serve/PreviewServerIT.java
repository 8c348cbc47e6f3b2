package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.deck.AnkiPackageFile;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(25);

    @TempDir
    Path project;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private PreviewServer server;
    private URI url;

    @BeforeEach
    void start() throws Exception {
        Fixtures.copy("basic-course", project);
        server = open(PreviewServer.start(ServeConfig.of(Fixtures.config(project), "127.0.0.1", 0), ServeLog.silent()));
        url = server.url();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : opened) {
            resource.close();
        }
    }

    @Test
    void servesPagesWithTheReloadScriptThatTheFilesOnDiskDoNotHave() throws IOException {
        HttpProbe.Response page = HttpProbe.get(url, "/basics/first.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertTrue(page.body().contains("<script src=\"/__coursenotes/reload.js\" data-build=\"1\"></script>\n</body>"),
                page.body());
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__coursenotes"),
                        file + " must not contain the reload script");
            }
        }
        HttpProbe.Response script = HttpProbe.get(url, "/__coursenotes/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.header("Content-Type"));
        assertTrue(script.body().contains("new EventSource(\"/__coursenotes/events\")"));
    }

    @Test
    void aChangedNoteIsRebuiltAndTheOpenTabsAreToldToReload() throws IOException {
        EventStream events = open(EventStream.open(url));
        assertEquals(1, events.nextReload(WAIT), "the current build is announced on connect");
        Path note = project.resolve("content/01-basics/02-second.md");
        Files.writeString(note, Files.readString(note).replace("Back to", "Freshly edited: back to"));
        int build = events.nextReload(WAIT);
        assertTrue(build > 1, "a reload event after the edit, got " + build);
        awaitPage("/basics/second.html", response -> response.body().contains("Freshly edited: back to"));
    }

    @Test
    void theCourseOutputsWrittenInTheBackgroundAreCurrentWhenServedAfterTheReload() throws IOException {
        EventStream events = open(EventStream.open(url));
        assertEquals(1, events.nextReload(WAIT));
        Path note = project.resolve("content/01-basics/02-second.md");
        Files.writeString(note, Files.readString(note).replace("A card without an explicit id?",
                "A card edited while serving?"));
        assertTrue(events.nextReload(WAIT) > 1);
        // the page is written before the reload event; cards.json may still be in writing, and the server waits for it
        assertTrue(HttpProbe.get(url, "/cards.json").body().contains("A card edited while serving?"));
        assertTrue(HttpProbe.get(url, "/basics/second.html").body().contains("A card edited while serving?"));
    }

    @Test
    void theAnkiPackageFollowsAnEditWhileServing(@TempDir Path scratch) throws Exception {
        EventStream events = open(EventStream.open(url));
        assertEquals(1, events.nextReload(WAIT));
        Path note = project.resolve("content/01-basics/02-second.md");
        Files.writeString(note, Files.readString(note).replace("Gets an id derived from the page and the question.",
                "An answer edited for Anki."));
        assertTrue(events.nextReload(WAIT) > 1);
        HttpProbe.Response served = HttpProbe.get(url, "/cards.apkg");
        assertEquals(200, served.status());
        assertEquals("application/octet-stream", served.header("Content-Type"));
        AnkiPackageFile.Contents apkg = AnkiPackageFile.read(project.resolve("site/cards.apkg"), scratch);
        assertEquals("<p>An answer edited for Anki.</p>\n", apkg.field(apkg.note("basics-second-9dcc0aec"), "Back"));
    }

    @Test
    void aCourseOutputFailingInTheBackgroundIsShownAndTheNextRebuildIsAFullOne() throws Exception {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/practice.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.shell title="Practice">
                <#if (practice.cardCount > 10)>${noSuchValue}</#if>
                <p>Practice ${practice.cardCount}</p>
                </@layout.shell>
                """);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        ServeLog log = new ServeLog() {
            @Override
            public void info(String message) {
                messages.add(message);
            }

            @Override
            public void warn(String message) {
                messages.add(message);
            }

            @Override
            public void error(String message) {
                messages.add(message);
            }
        };
        server.close();
        server = open(PreviewServer.start(ServeConfig.of(Fixtures.config(project), "127.0.0.1", 0), log));
        url = server.url();
        assertTrue(HttpProbe.get(url, "/practice.html").body().contains("Practice "), "the first build passes");

        Path note = project.resolve("content/01-basics/02-second.md");
        String original = Files.readString(note);
        StringBuilder cards = new StringBuilder(original);
        for (int i = 0; i < 12; i++) {
            cards.append("\n```card\nExtra question ").append(i).append("?\n---\nAnswer.\n```\n");
        }
        Files.writeString(note, cards.toString());
        HttpProbe.Response failed = awaitPage("/basics/second.html", response -> response.status() == 500);
        assertTrue(failed.body().contains("templates/practice.ftlh"), failed.body());

        Files.writeString(note, original);
        awaitPage("/practice.html", response -> response.status() == 200 && response.body().contains("Practice "));
        assertTrue(messages.stream().anyMatch(message -> message.startsWith("coursenotes: full rebuild: ")),
                "after a failure in the background the next rebuild is a full one: " + messages);
    }

    @Test
    void aCourseWithErrorsIsShownWithABannerLinkingToItsProblemsUntilTheyAreFixed() throws IOException {
        Path note = project.resolve("content/01-basics/02-second.md");
        String original = Files.readString(note);
        Files.writeString(note, original.replace("Back to [the first note](01-first.md).",
                "Back to [the first note](01-frist.md)."));
        HttpProbe.Response shown = awaitPage("/basics/second.html", response -> response.status() == 200
                && response.body().contains("coursenotes-problems"));
        assertTrue(shown.body().contains("Back to"), "the page itself is shown");
        assertTrue(shown.body().contains("<strong>The build found 1 error</strong>"), shown.body());
        assertTrue(shown.body().contains("content/01-basics/02-second.md:7:9: broken link &#39;01-frist.md&#39;"),
                shown.body());
        assertTrue(shown.body().contains("href=\"/__coursenotes/problems\""), "the banner links to the problems");
        assertTrue(HttpProbe.get(url, "/index.html").body().contains("coursenotes-problems"), "every page has the banner");
        HttpProbe.Response problems = HttpProbe.get(url, "/__coursenotes/problems");
        assertEquals(200, problems.status());
        assertTrue(problems.body().contains("<code>content/01-basics/02-second.md:7:9: broken link &#39;01-frist.md&#39;"),
                problems.body());
        assertEquals(200, HttpProbe.get(url, "/__coursenotes/banner.css").status());
        assertTrue(Files.readString(project.resolve("site/basics/second.html")).contains("01-frist.md"),
                "the preview writes the pages with their problems");
        assertFalse(Files.readString(project.resolve("site/basics/second.html")).contains("coursenotes-problems"),
                "the banner is added while serving, never written");

        Files.writeString(note, original.replace("Back to", "Fixed: back to"));
        // the page can be served once with the last build's banner before that build's status is
        // current; its reload script then reloads it, so the banner goes by itself
        awaitPage("/basics/second.html", response -> response.status() == 200
                && response.body().contains("Fixed: back to") && !response.body().contains("coursenotes-problems"));
    }

    @Test
    void newRenamedAndDeletedFoldersAreWatched() throws IOException {
        Path added = project.resolve("content/03-added/01-sub");
        Files.createDirectories(added);
        Files.writeString(added.resolve("01-page.md"), "# Added page\n\nBrand new.\n");
        awaitPage("/added/sub/page.html", response -> response.body().contains("Brand new."));

        Files.move(project.resolve("content/03-added"), project.resolve("content/04-renamed"));
        awaitPage("/renamed/sub/page.html", response -> response.status() == 200);
        assertEquals(404, HttpProbe.get(url, "/added/sub/page.html").status());

        Files.writeString(project.resolve("content/04-renamed/01-sub/01-page.md"), "# Added page\n\nEdited inside.\n");
        awaitPage("/renamed/sub/page.html", response -> response.body().contains("Edited inside."));

        Files.delete(project.resolve("content/04-renamed/01-sub/01-page.md"));
        awaitPage("/renamed/sub/page.html", response -> response.status() == 404);
    }

    @Test
    void aTemplatesFolderCreatedWhileServingOverridesTheBuiltInTheme() throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("404.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.shell title="Lost">
                <p>Custom not found page</p>
                </@layout.shell>
                """);
        awaitPage("/no-such-page.html", response -> response.body().contains("Custom not found page"));
        Files.writeString(templates.resolve("404.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.shell title="Lost">
                <p>Edited not found page</p>
                </@layout.shell>
                """);
        awaitPage("/no-such-page.html", response -> response.body().contains("Edited not found page"));
    }

    @Test
    void missingFilesGetTheSite404PageWithStatus404() {
        HttpProbe.Response missing = HttpProbe.get(url, "/basics/no-such-note.html");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Page not found"));
        assertTrue(missing.body().contains("/__coursenotes/reload.js"));
    }

    @Test
    void withASiteUrlTheSiteAlsoAnswersUnderItsPathSoThe404PageIsStyled() throws Exception {
        assertEquals(404, HttpProbe.get(url, "/repo/assets/style.css").status(), "no site URL, no site path");
        Path published = project.resolve("published");
        Fixtures.copy("basic-course", published);
        PreviewServer withPath = open(PreviewServer.start(ServeConfig.of(BuildConfig.builder(published)
                .title("Fixture Course").siteUrl("https://user.github.io/repo/").build(), "127.0.0.1", 0),
                ServeLog.silent()));
        URI base = withPath.url();
        HttpProbe.Response missing = HttpProbe.get(base, "/repo/a/b/c");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("href=\"/repo/assets/style.css\""), missing.body());
        HttpProbe.Response style = HttpProbe.get(base, "/repo/assets/style.css");
        assertEquals(200, style.status());
        assertEquals("text/css; charset=utf-8", style.header("Content-Type"));
        assertEquals(200, HttpProbe.get(base, "/repo/assets/site.js").status());
        assertTrue(HttpProbe.get(base, "/repo/basics/first.html").body().contains("First note"));
        assertTrue(HttpProbe.get(base, "/repo/").body().contains("Welcome to the fixture course."));
        assertEquals(200, HttpProbe.get(base, "/assets/style.css").status(), "and still at the root");
    }

    @Test
    void foldersServeTheirIndexAndGetATrailingSlash() {
        assertTrue(HttpProbe.get(url, "/").body().contains("Welcome to the fixture course."));
        HttpProbe.Response redirect = HttpProbe.get(url, "/basics");
        assertEquals(301, redirect.status());
        assertEquals("/basics/", redirect.header("Location"));
        assertTrue(HttpProbe.get(url, "/basics/").body().contains("This chapter introduces the basics."));
    }

    @Test
    void filesAreServedWithTheirContentTypes() {
        assertEquals("text/css; charset=utf-8", HttpProbe.get(url, "/assets/style.css").header("Content-Type"));
        assertEquals("text/javascript; charset=utf-8", HttpProbe.get(url, "/assets/site.js").header("Content-Type"));
        assertEquals("image/svg+xml", HttpProbe.get(url, "/basics/diagram.svg").header("Content-Type"));
        assertEquals("image/svg+xml", HttpProbe.get(url, "/assets/favicon.svg").header("Content-Type"));
        HttpProbe.Response head = HttpProbe.request(url, "HEAD", "/basics/first.html");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals(405, HttpProbe.request(url, "POST", "/basics/first.html").status());
    }

    @Test
    void pathsLeavingTheSiteFolderAreRefused() throws IOException {
        Files.writeString(project.resolve("secret.txt"), "TOP SECRET");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/basics/..%2f..%2fsecret.txt", "/basics/%2e%2e/%2e%2e/secret.txt", "/./../secret.txt",
                "/..%5csecret.txt", "//" + project.resolve("secret.txt").toAbsolutePath())) {
            HttpProbe.Response response = HttpProbe.get(url, path);
            assertTrue(response.status() == 400 || response.status() == 404, path + " gave " + response.status());
            assertFalse(response.body().contains("TOP SECRET"), path);
        }
        assertEquals(400, HttpProbe.get(url, "/%2e%2e/secret.txt").status());
    }

    @Test
    void closingEndsTheEventStreamsAndFreesThePort() throws Exception {
        EventStream events = open(EventStream.open(url));
        assertEquals(1, events.nextReload(WAIT));
        server.close();
        assertTrue(events.endsWithin(WAIT), "the event stream ends when the server stops");
        PreviewServer again = open(PreviewServer.start(
                ServeConfig.of(Fixtures.config(project), "127.0.0.1", url.getPort()), ServeLog.silent()));
        assertEquals(url, again.url());
    }

    @Test
    void aTakenPortFailsAtOnce() {
        assertThrows(BindException.class, () -> open(PreviewServer.start(
                ServeConfig.of(Fixtures.config(project), "127.0.0.1", url.getPort()), ServeLog.silent())));
    }

    /** Polls a page until it satisfies {@code condition}, failing after {@link #WAIT}. */
    private HttpProbe.Response awaitPage(String path, Predicate<HttpProbe.Response> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpProbe.Response last = null;
        while (System.nanoTime() < deadline) {
            last = HttpProbe.get(url, path);
            if (condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(POLL.toNanos()); // the interval between polls, not a condition
        }
        fail(path + " did not reach the expected state within " + WAIT + "; last response " + last.status()
                + ", build " + server.status());
        return last;
    }

    private <T extends AutoCloseable> T open(T resource) {
        opened.add(0, resource);
        return resource;
    }
}
