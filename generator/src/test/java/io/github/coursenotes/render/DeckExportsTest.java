package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.deck.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cards.json} and {@code deck.js} of the fixture course. */
class DeckExportsTest {

    @TempDir
    Path project;

    @SuppressWarnings("unchecked")
    private Map<String, Object> cardsJson() throws Exception {
        Fixtures.copy("basic-course", project);
        assertEquals("[]", SiteBuilder.build(Fixtures.config(project)).diagnostics().toString());
        return (Map<String, Object>) JsonReader.parse(Files.readString(project.resolve("site/cards.json")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> card(Map<String, Object> json, String id) {
        return ((List<Map<String, Object>>) json.get("cards")).stream()
                .filter(card -> id.equals(card.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void cardsJsonListsEveryCardOnceInCourseOrder() throws Exception {
        Map<String, Object> json = cardsJson();
        assertEquals("coursenotes-cards", json.get("format"));
        assertEquals(1L, json.get("version"));
        assertEquals("Fixture Course", json.get("title"));
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<Map<String, Object>>) json.get("cards")).stream().map(card -> (String) card.get("id")).toList();
        assertEquals(List.of("flip-one", "cloze-one", "tf-one", "choice-one", "order-one", "basics-second-9dcc0aec"), ids);
        assertEquals(List.of(Map.of("title", "Basics", "slug", "basics", "url", "basics/index.html", "cards", 6L)),
                json.get("chapters"));
    }

    @Test
    void eachCardNamesItsTypeChapterPageAnchorAndSection() throws Exception {
        Map<String, Object> second = card(cardsJson(), "basics-second-9dcc0aec");
        assertEquals("flip", second.get("type"));
        assertEquals("Basics", second.get("chapter"));
        assertEquals("basics/index.html", second.get("chapterUrl"));
        assertEquals("Second note", second.get("page"));
        assertEquals("basics/second.html", second.get("url"));
        assertEquals("card-basics-second-9dcc0aec", second.get("anchor"));
        assertEquals("basics/second.html#card-basics-second-9dcc0aec", second.get("href"));
        assertEquals("A section", second.get("section"));
        assertEquals("<p>A card without an explicit id?</p>\n", second.get("front"));
        assertEquals("<p>Gets an id derived from the page and the question.</p>\n", second.get("back"));
        assertEquals("", second.get("explanation"));
        String page = Files.readString(project.resolve("site/basics/second.html"));
        assertTrue(page.contains("id=\"card-basics-second-9dcc0aec\""), "the anchor exists in the notes");
    }

    @Test
    void frontAndBackAreDefinedPerCardType() throws Exception {
        Map<String, Object> json = cardsJson();
        Map<String, Object> cloze = card(json, "cloze-one");
        assertEquals("<p>Research holds the <span class=\"cloze-gap\">[…]</span> fixed and varies the "
                + "<span class=\"cloze-gap\">[…]</span>.</p>\n", cloze.get("front"));
        assertEquals("<p>Research holds the <mark class=\"cloze-answer\">data</mark> fixed and varies the "
                + "<mark class=\"cloze-answer\">code</mark>.</p>\n", cloze.get("back"));
        Map<String, Object> trueFalse = card(json, "tf-one");
        assertTrue(((String) trueFalse.get("front")).endsWith("<p class=\"card-question\">True or false?</p>\n"));
        assertEquals("<p class=\"card-solution\"><strong>False</strong></p>\n", trueFalse.get("back"));
        assertEquals("<div class=\"card-explanation\"><p>Its output is only logged.</p>\n</div>\n", trueFalse.get("explanation"));
        Map<String, Object> choice = card(json, "choice-one");
        assertEquals("<ul class=\"card-solution-list\">\n<li>Canary</li>\n<li>Blue/green</li>\n</ul>\n", choice.get("back"));
        Map<String, Object> order = card(json, "order-one");
        String front = (String) order.get("front");
        assertTrue(front.startsWith("<p>Put the stages in order.</p>\n<ul class=\"card-options\">"), front);
        assertTrue(!front.contains("<li>Scoping</li>\n<li>Data</li>\n<li>Modeling</li>\n<li>Deployment</li>"), "steps are shuffled");
        assertEquals("<ol class=\"card-solution-list\">\n<li>Scoping</li>\n<li>Data</li>\n<li>Modeling</li>\n"
                + "<li>Deployment</li>\n</ol>\n", order.get("back"));
    }

    @Test
    void deckScriptGroupsTheCardIdsByChapterForTheSidebar() throws Exception {
        cardsJson();
        String script = Files.readString(project.resolve("site/deck.js"));
        assertTrue(script.startsWith("/* Generated by coursenotes"), script);
        String json = script.substring(script.indexOf("cn.deck = ") + "cn.deck = ".length(), script.lastIndexOf(";\n})(window);"));
        assertEquals(Map.of("groups", List.of(Map.of("url", "basics/index.html", "title", "Basics", "cards",
                List.of("flip-one", "cloze-one", "tf-one", "choice-one", "order-one", "basics-second-9dcc0aec")))),
                JsonReader.parse(json));
    }
}
