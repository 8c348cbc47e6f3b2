package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticePageTest {

    @TempDir
    Path project;

    private Document practicePage() throws Exception {
        Fixtures.copy("basic-course", project);
        assertEquals("[]", SiteBuilder.build(Fixtures.config(project)).diagnostics().toString());
        return Jsoup.parse(project.resolve("site/practice.html").toFile(), "UTF-8");
    }

    @Test
    void embedsEveryCardOnceWithItsChapterAndALinkBackToTheNotes() throws Exception {
        Document page = practicePage();
        List<Element> items = page.select(".practice-deck > .practice-item");
        assertEquals(List.of("flip-one", "cloze-one", "tf-one", "choice-one", "order-one", "basics-second-9dcc0aec"),
                items.stream().map(item -> item.attr("data-card-id")).toList());
        for (Element item : items) {
            assertEquals(1, item.select(".card").size());
            assertEquals(item.attr("data-card-id"), item.selectFirst(".card").attr("data-card-id"));
            assertEquals("basics/index.html", item.attr("data-chapter"));
            assertEquals("Basics", item.selectFirst(".practice-chapter").text());
        }
        Element second = items.get(5).selectFirst("a.practice-source-link");
        assertEquals("basics/second.html#card-basics-second-9dcc0aec", second.attr("href"));
        assertEquals("Second note › A section", second.text());
        Path target = project.resolve("site/basics/second.html");
        assertTrue(Files.readString(target).contains("id=\"card-basics-second-9dcc0aec\""));
    }

    @Test
    void linksInsideCardsWorkFromTheSiteRoot() throws Exception {
        Fixtures.copy("basic-course", project);
        Files.writeString(project.resolve("content/01-basics/03-linked.md"), """
                # Linked

                ```card id=linked-card
                Where is the [second note](02-second.md#a-section)?
                ---
                See ![the diagram](diagram.svg).
                ```
                """);
        assertEquals("[]", SiteBuilder.build(Fixtures.config(project)).diagnostics().toString());
        Document page = Jsoup.parse(project.resolve("site/practice.html").toFile(), "UTF-8");
        Element card = page.selectFirst(".practice-item[data-card-id=linked-card]");
        assertNotNull(card);
        assertEquals("basics/second.html#a-section", card.selectFirst(".card-prompt a").attr("href"));
        assertEquals("basics/diagram.svg", card.selectFirst(".card-back img").attr("src"));
    }

    @Test
    void theListIsLeftToThePracticeScriptAndTheExportsAreLinked() throws Exception {
        Document page = practicePage();
        assertTrue(page.selectFirst(".practice-deck").hasAttr("data-cards-manual"));
        assertEquals(List.of("", "basics/index.html"), page.select("#practice-chapter option").eachAttr("value"));
        assertEquals("cards-anki.txt", page.selectFirst("a[href=cards-anki.txt]").attr("href"));
        assertNotNull(page.selectFirst("a[href=cards.json]"));
        assertEquals(List.of("assets/progress-file.js", "assets/progress-chart.js", "assets/progress-transfer.js",
                "assets/practice.js"),
                page.select("main script").eachAttr("src"));
        assertTrue(page.select("head script").eachAttr("src").containsAll(
                List.of("deck.js", "assets/scheduler.js", "assets/sidebar-progress.js")));
        assertTrue(page.select("[style]").isEmpty(), "no inline styles");
    }

    @Test
    void theBuildIsByteIdenticalForTheSameInput() throws Exception {
        practicePage();
        Path first = project.resolve("site");
        List<String> files = List.of("practice.html", "cards.json", "cards-anki.txt", "deck.js");
        List<byte[]> before = files.stream().map(file -> read(first.resolve(file))).toList();
        assertEquals("[]", SiteBuilder.build(Fixtures.config(project)).diagnostics().toString());
        for (int i = 0; i < files.size(); i++) {
            assertTrue(java.util.Arrays.equals(before.get(i), read(first.resolve(files.get(i)))), files.get(i));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
