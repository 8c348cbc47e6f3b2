package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cards.apkg} of a course whose cards hold images, code, tables and formulas, read back with SQLite. */
class AnkiPackageTest {

    private static final String SITE_URL = "https://example.org/anki/";

    @TempDir
    Path project;

    @TempDir
    Path scratch;

    private AnkiPackageFile.Contents build(String siteUrl) throws Exception {
        Fixtures.copy("anki-course", project);
        BuildConfig config = BuildConfig.builder(project).siteUrl(siteUrl).build();
        assertEquals("[]", SiteBuilder.build(config).diagnostics().toString());
        return AnkiPackageFile.read(project.resolve("site/cards.apkg"), scratch);
    }

    @Test
    void theZipHoldsTheCollectionInSchema11TheNumberedMediaAndTheMediaMap() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertEquals(List.of("collection.anki2", "0", "1", "media"), apkg.entries());
        assertEquals(List.of("cards", "col", "graves", "notes", "revlog"), apkg.tables());
        assertEquals(11L, ((Number) apkg.col().get("ver")).longValue());
        assertEquals(new TreeSet<>(List.of("anki-fixture-serving-images-loop.svg", "anki-fixture-vision-images-loop.svg")),
                new TreeSet<>(apkg.media().keySet()));
        assertArrayEquals(Files.readAllBytes(project.resolve("content/01-vision/images/loop.svg")),
                apkg.media().get("anki-fixture-vision-images-loop.svg"));
    }

    @Test
    void theNoteTypesAreTheCoursesOwnWithFixedIdsNamesAndFields() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertEquals(List.of("1796515200001", "1796515200002", "1796515200003", "1796515200004", "1796515200005"),
                List.copyOf(apkg.noteTypes().keySet()));
        assertEquals(List.of("coursenotes Basic", "coursenotes Cloze", "coursenotes Choice", "coursenotes Order",
                "coursenotes True/False"), apkg.noteTypes().values().stream().map(type -> type.get("name")).toList());
        assertEquals(List.of("Question", "Options", "Explanation", "Source", "Card ID"), fieldNames(apkg.noteType("coursenotes Choice")));
        assertEquals(List.of("Question", "Steps", "Shuffled", "Explanation", "Source", "Card ID"), fieldNames(apkg.noteType("coursenotes Order")));
        assertEquals(1L, apkg.noteType("coursenotes Cloze").get("type"));
        assertEquals(0L, apkg.noteType("coursenotes Basic").get("type"));
        assertTrue(((String) apkg.noteType("coursenotes Basic").get("css")).contains(".card.nightMode"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fieldNames(Map<String, Object> noteType) {
        return ((List<Map<String, Object>>) noteType.get("flds")).stream().map(field -> field.get("name")).toList();
    }

    @Test
    void everyCardIsANoteWithOneNewCardInItsChaptersSubdeckInCourseOrder() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertEquals(List.of("home-card", "image-question", "image-choice", "table-answer", "formula", "cpp-vector",
                "code-answer", "shadow", "steps"), apkg.notes().stream().map(note -> apkg.field(note, "Card ID")).toList());
        assertEquals(9, apkg.cards().size());
        assertEquals("Anki Fixture", apkg.deckName(card(apkg, "home-card").deckId()));
        assertEquals("Anki Fixture::Vision", apkg.deckName(card(apkg, "image-question").deckId()));
        assertEquals("Anki Fixture::Serving", apkg.deckName(card(apkg, "cpp-vector").deckId()));
        for (AnkiPackageFile.Card card : apkg.cards()) {
            assertEquals(List.of(0, 0, 0), List.of(card.ord(), card.type(), card.queue()), "a new card of the one template");
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), apkg.cards().stream().map(AnkiPackageFile.Card::due).toList(),
                "new cards come in course order");
        assertEquals(List.of("anki-fixture::vision"), apkg.note("image-question").tags());
    }

    @Test
    void eachCardTypeFillsItsNoteTypesFields() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        AnkiPackageFile.Note choice = apkg.note("image-choice");
        assertEquals("<p>Which picture is the loop?</p>\n", apkg.field(choice, "Question"));
        assertTrue(apkg.field(choice, "Options").startsWith("<p class=\"cn-ask\">Choose one</p>\n<ul class=\"cn-options\">\n"
                + "<li class=\"cn-right\"><img src=\"anki-fixture-vision-images-loop.svg\""), apkg.field(choice, "Options"));
        assertTrue(apkg.field(choice, "Options").endsWith("<li class=\"cn-wrong\">A straight line</li>\n</ul>\n"));
        AnkiPackageFile.Note order = apkg.note("steps");
        assertEquals("<ol class=\"cn-steps\">\n<li>Build</li>\n<li>Test</li>\n<li>Deploy</li>\n</ol>\n", apkg.field(order, "Steps"));
        assertEquals("<ul class=\"cn-shuffled\">\n<li>Deploy</li>\n<li>Test</li>\n<li>Build</li>\n</ul>\n",
                apkg.field(order, "Shuffled"), "shuffled as on the site");
        AnkiPackageFile.Note trueFalse = apkg.note("shadow");
        assertEquals("<p>In shadow mode the model decides.</p>\n", apkg.field(trueFalse, "Statement"));
        assertEquals("False", apkg.field(trueFalse, "Answer"));
        AnkiPackageFile.Note flip = apkg.note("table-answer");
        assertTrue(apkg.field(flip, "Back").contains("<table>\n<thead>\n<tr>\n<th>Pattern</th>"), apkg.field(flip, "Back"));
        AnkiPackageFile.Note code = apkg.note("code-answer");
        assertTrue(apkg.field(code, "Back").contains("&quot;{{config}}&quot;"),
                "a flip card's fields are not read for blanks: braces stay as written: " + apkg.field(code, "Back"));
        assertEquals("Which file does Anki import with note types, subdecks and images?", apkg.note("home-card").sortField());
    }

    @Test
    void clozeAnswersAreEscapedForAnkiAndShowEveryAcceptedAnswer() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        String text = apkg.field(apkg.note("cpp-vector"), "Text");
        assertTrue(text.startsWith("<p>In C++ a growable array is a {{c1::std&#58;&#58;vector<span class=\"cn-also\"> (or vector)</span>}}; "
                + "a map of sets is {{c1::map&#123;set&#125;<span class=\"cn-also\"> (or std&#58;&#58;map)</span>}}.</p>"), text);
        assertTrue(text.contains("<code>template: {&#123;c2::not a blank}}"), "braces outside the blanks open no blank: " + text);
        assertEquals(2, text.split("\\{\\{c1::", -1).length - 1, "two blanks, both c1: one card hides them all");
    }

    @Test
    void imagesAreMediaReferredToByFileName() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertTrue(apkg.field(apkg.note("image-question"), "Front").contains(
                "<img src=\"anki-fixture-vision-images-loop.svg\" alt=\"The loop\" width=\"40\" height=\"20\""));
        assertTrue(apkg.field(apkg.note("code-answer"), "Back").contains("<img src=\"anki-fixture-serving-images-loop.svg\""),
                "images of the same name in two folders stay apart");
        assertArrayEquals(Files.readAllBytes(project.resolve("content/02-serving/images/loop.svg")),
                apkg.media().get("anki-fixture-serving-images-loop.svg"));
    }

    @Test
    void withASiteUrlLinksAreAbsoluteAndTheSourceLinksToTheCard() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        AnkiPackageFile.Note note = apkg.note("image-question");
        assertTrue(apkg.field(note, "Back").contains("<a href=\"https://example.org/anki/serving/code.html#code-cards\">serving</a>"),
                apkg.field(note, "Back"));
        assertEquals("<p>Compare with the <a href=\"https://example.org/anki/serving/index.html\">chapter</a>.</p>\n",
                apkg.field(note, "Explanation"));
        assertEquals("<a href=\"https://example.org/anki/vision/pictures.html#card-image-question\">Vision › Pictures › Images in cards</a>",
                apkg.field(note, "Source"));
        assertEquals("<p>Cards of <a href=\"https://example.org/anki/vision/index.html\">Vision</a>.</p>",
                apkg.decks().values().stream().filter(deck -> deck.get("name").equals("Anki Fixture::Vision"))
                        .findFirst().orElseThrow().get("desc"));
    }

    @Test
    void withoutASiteUrlLinksKeepTheirTextOnly() throws Exception {
        AnkiPackageFile.Contents apkg = build(null);
        AnkiPackageFile.Note note = apkg.note("image-question");
        assertTrue(apkg.field(note, "Back").contains("See <a>serving</a>."), apkg.field(note, "Back"));
        assertEquals("Vision › Pictures › Images in cards", apkg.field(note, "Source"));
        assertFalse(apkg.notes().stream().anyMatch(n -> n.fields().stream().anyMatch(field -> field.contains("\u0000"))));
    }

    @Test
    void formulasAreWrittenForAnkisMathJax() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertEquals("<p>\\[\\frac{1}{n}\\sum_{i=1}^{n}(y_i-\\hat{y}_i)^2\\]\nand inline \\(n\\) examples.</p>\n",
                apkg.field(apkg.note("formula"), "Back"));
    }

    @Test
    void guidsDependOnTheCourseTheCardIdAndTheCardTypeOnly() throws Exception {
        AnkiPackageFile.Contents apkg = build(SITE_URL);
        assertEquals(AnkiNote.guid("anki-fixture", "image-choice", "choice"), apkg.note("image-choice").guid());
        assertEquals(apkg.notes().size(), apkg.notes().stream().map(AnkiPackageFile.Note::guid).distinct().count());
    }

    private static AnkiPackageFile.Card card(AnkiPackageFile.Contents apkg, String cardId) {
        long noteId = apkg.note(cardId).id();
        return apkg.cards().stream().filter(card -> card.noteId() == noteId).findFirst().orElseThrow();
    }
}
