package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.deck.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** The cards of practice-cards.js, read back as JSON. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> practiceCards() throws Exception {
        String script = Files.readString(project.resolve("site/practice-cards.js"));
        String json = script.substring(script.indexOf("cn.practiceCards = ") + "cn.practiceCards = ".length(),
                script.lastIndexOf(";\n})(window);"));
        return (List<Map<String, Object>>) JsonReader.parse(json);
    }

    @Test
    void theCardsScriptHoldsEveryCardOnceWithItsChapterAndALinkBackToTheNotes() throws Exception {
        practicePage();
        List<Map<String, Object>> cards = practiceCards();
        assertEquals(List.of("flip-one", "cloze-one", "tf-one", "choice-one", "order-one", "basics-second-9dcc0aec"),
                cards.stream().map(card -> card.get("id")).toList());
        for (Map<String, Object> card : cards) {
            Document html = Jsoup.parseBodyFragment((String) card.get("html"));
            assertEquals(1, html.select(".card").size());
            assertEquals(card.get("id"), html.selectFirst(".card").attr("data-card-id"));
            assertEquals("basics/index.html", card.get("chapter"));
            assertEquals("Basics", card.get("chapterTitle"));
        }
        assertEquals("flip", cards.get(0).get("type"));
        assertEquals("basics/second.html#card-basics-second-9dcc0aec", cards.get(5).get("href"));
        assertEquals("Second note › A section", cards.get(5).get("where"));
        Path target = project.resolve("site/basics/second.html");
        assertTrue(Files.readString(target).contains("id=\"card-basics-second-9dcc0aec\""));
    }

    @Test
    void thePageItselfHoldsNoCardButListsTheChaptersAndLinksToThePrintPage() throws Exception {
        Document page = practicePage();
        assertTrue(page.select(".card").isEmpty(), "the cards are in practice-cards.js");
        assertEquals(List.of("basics/index.html"), page.select(".practice-chapters a").eachAttr("href"));
        assertEquals("Basics (6 cards)", page.selectFirst(".practice-chapters li").text());
        assertEquals("print.html", page.selectFirst("a.practice-print-link").attr("href"));
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
        Map<String, Object> linked = practiceCards().stream()
                .filter(entry -> entry.get("id").equals("linked-card")).findFirst().orElseThrow();
        Element card = Jsoup.parseBodyFragment((String) linked.get("html")).selectFirst(".card");
        assertNotNull(card);
        assertEquals("basics/second.html#a-section", card.selectFirst(".card-prompt a").attr("href"));
        assertEquals("basics/diagram.svg", card.selectFirst(".card-back img").attr("src"));
    }

    @Test
    void theCardsAreLeftToThePracticeScriptAndTheExportsAreLinked() throws Exception {
        Document page = practicePage();
        assertTrue(page.selectFirst(".practice-stage").hasAttr("data-cards-manual"));
        assertEquals(List.of("", "basics/index.html"), page.select("#practice-chapter option").eachAttr("value"));
        assertEquals(List.of("cards.apkg", "cards-anki.txt", "cards.json"), page.select(".practice-downloads a").eachAttr("href"),
                "the Anki package first");
        assertTrue(page.selectFirst(".practice-downloads a").hasAttr("download"));
        assertEquals(List.of("assets/progress-file.js", "assets/progress-chart.js", "assets/progress-transfer.js",
                "practice-cards.js", "assets/practice.js"),
                page.select("main script").eachAttr("src"));
        List<String> head = page.select("head script").eachAttr("src");
        assertTrue(head.containsAll(List.of("assets/scheduler.js", "assets/sidebar-progress.js")), head.toString());
        assertFalse(head.contains("deck.js"), "deck.js is loaded by sidebar-progress.js only when there is progress");
        assertTrue(page.select("[style]").isEmpty(), "no inline styles");
    }

    @Test
    void theBuildIsByteIdenticalForTheSameInput() throws Exception {
        practicePage();
        Path first = project.resolve("site");
        List<String> files = List.of("practice.html", "practice-cards.js", "cards.json", "cards-anki.txt", "cards.apkg", "deck.js");
        List<byte[]> before = files.stream().map(file -> read(first.resolve(file))).toList();
        assertEquals("[]", SiteBuilder.build(Fixtures.config(project)).diagnostics().toString());
        for (int i = 0; i < files.size(); i++) {
            assertTrue(Arrays.equals(before.get(i), read(first.resolve(files.get(i)))), files.get(i));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
