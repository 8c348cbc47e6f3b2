package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Anki export, read back the way Anki's text import reads it. */
class AnkiTextTest {

    @TempDir
    Path project;

    private Map<String, AnkiImport.Note> importFixture(BuildConfig config) throws Exception {
        assertEquals("[]", SiteBuilder.build(config).diagnostics().toString());
        AnkiImport.File file = AnkiImport.read(Files.readString(config.outputDirectory().resolve("cards-anki.txt")));
        return file.notes().stream().collect(Collectors.toMap(AnkiImport.Note::guid, Function.identity()));
    }

    @Test
    void theHeaderLinesTellAnkiTheSeparatorHtmlAndMetaColumns() throws Exception {
        Fixtures.copy("basic-course", project);
        SiteBuilder.build(Fixtures.config(project));
        String text = Files.readString(project.resolve("site/cards-anki.txt"));
        assertTrue(text.startsWith("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"), text);
        AnkiImport.File file = AnkiImport.read(text);
        assertEquals("tab", file.headers().get("separator"));
    }

    @Test
    void everyCardBecomesExactlyOneNoteWithTwoFieldsInItsChaptersSubdeckWithTheChapterTag() throws Exception {
        Fixtures.copy("basic-course", project);
        Map<String, AnkiImport.Note> notes = importFixture(Fixtures.config(project));
        assertEquals(List.of("fixture-course/basics-second-9dcc0aec", "fixture-course/choice-one", "fixture-course/cloze-one/cloze",
                "fixture-course/flip-one", "fixture-course/order-one", "fixture-course/tf-one"),
                notes.keySet().stream().sorted().toList());
        for (AnkiImport.Note note : notes.values()) {
            assertEquals(2, note.fields().size(), note.toString());
            assertEquals("Fixture Course::Basics", note.deck());
            assertEquals(List.of("fixture-course::basics"), note.tags());
            assertTrue(note.fields().get(1).contains("<p class=\"card-source\">Basics › "), note.toString());
        }
    }

    @Test
    void clozeCardsAreClozeNotesWithEveryBlankInOneCard() throws Exception {
        Fixtures.copy("basic-course", project);
        AnkiImport.Note cloze = importFixture(Fixtures.config(project)).get("fixture-course/cloze-one/cloze");
        assertEquals("Cloze", cloze.notetype());
        assertEquals("<p>Research holds the {{c1::data}} fixed and varies the {{c1::code<span class=\"cn-also\"> (or model code)</span>}}.</p>",
                cloze.fields().get(0), "every accepted answer shows on the back");
        assertEquals("<p class=\"card-source\">Basics › First note</p>", cloze.fields().get(1));
    }

    @Test
    void otherCardsAreBasicNotesWithFrontAndBack() throws Exception {
        Fixtures.copy("basic-course", project);
        Map<String, AnkiImport.Note> notes = importFixture(Fixtures.config(project));
        AnkiImport.Note flip = notes.get("fixture-course/flip-one");
        assertEquals("Basic", flip.notetype());
        assertEquals("<p>What is a <strong>flip</strong> card?</p>", flip.fields().get(0));
        assertTrue(flip.fields().get(1).startsWith("<p>A question with an answer behind it.</p>\n"
                + "<div class=\"card-explanation\"><p>Explanations are optional.</p>"), flip.fields().get(1));
        AnkiImport.Note trueFalse = notes.get("fixture-course/tf-one");
        assertTrue(trueFalse.fields().get(0).contains("True or false?"));
        assertTrue(trueFalse.fields().get(1).startsWith("<p class=\"card-solution\"><strong>False</strong></p>"));
        AnkiImport.Note choice = notes.get("fixture-course/choice-one");
        assertTrue(choice.fields().get(0).contains("<li>Gradient descent</li>"));
        assertTrue(choice.fields().get(1).contains("<li>Canary</li>\n<li>Blue/green</li>\n</ul>"));
        assertTrue(!choice.fields().get(1).contains("Gradient descent"));
        AnkiImport.Note order = notes.get("fixture-course/order-one");
        assertTrue(order.fields().get(1).contains("<ol class=\"card-solution-list\">\n<li>Scoping</li>\n<li>Data</li>\n<li>Modeling</li>"));
    }

    @Test
    void withASiteUrlTheNotesLinkBackToThePublishedNotes() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildConfig config = BuildConfig.builder(project).title("Fixture Course").siteUrl("https://example.org/course/").build();
        AnkiImport.Note flip = importFixture(config).get("fixture-course/flip-one");
        assertTrue(flip.fields().get(1).endsWith("<p class=\"card-source\"><a href=\"https://example.org/course/basics/first.html#card-flip-one\">"
                + "Basics › First note</a></p>"), flip.fields().get(1));
    }

    @Test
    void aCardOnAChapterPageNamesTheChapterOnce() {
        DeckChapter chapter = new DeckChapter("basics", "Basics", "basics/index.html");
        DeckCard card = new DeckCard("intro", "flip", chapter, "Basics", "basics/index.html", "card-intro", "Basics",
                "<p>Q</p>", "<p>A</p>", "", "");
        AnkiImport.Note note = AnkiImport.read(AnkiText.write("C", "https://example.org/", List.of(card))).notes().get(0);
        assertEquals("<p>A</p><p class=\"card-source\"><a href=\"https://example.org/basics/index.html#card-intro\">Basics</a></p>",
                note.fields().get(1));
    }

    @Test
    void tabsQuotesLineBreaksAndHashesInFieldsSurviveTheImport() {
        DeckChapter chapter = new DeckChapter("two words", "Two \"words\"", "two/index.html");
        String front = "<pre><code>a\tb\n# not a comment\n\"quoted\"</code></pre>";
        DeckCard card = new DeckCard("odd-card", "flip", chapter, "Page", "two/page.html", "card-odd-card", "Page",
                front, "<p>Back</p>", "", "");
        AnkiImport.File file = AnkiImport.read(AnkiText.write("My Course", null, List.of(card)));
        assertEquals(1, file.notes().size());
        AnkiImport.Note note = file.notes().get(0);
        assertEquals(front, note.fields().get(0));
        assertEquals("<p>Back</p><p class=\"card-source\">Two &quot;words&quot; › Page</p>", note.fields().get(1));
        assertEquals(List.of("my-course::two-words"), note.tags());
        assertEquals("my-course/odd-card", note.guid());
    }

    @Test
    void clozeAnswersWithAnkisSyntaxAndBracesElsewhereAreEscaped() throws Exception {
        Fixtures.copy("anki-course", project);
        AnkiImport.Note cloze = importFixture(BuildConfig.builder(project).build()).get("anki-fixture/cpp-vector/cloze");
        assertTrue(cloze.fields().get(0).startsWith("<p>In C++ a growable array is a {{c1::std&#58;&#58;vector"
                + "<span class=\"cn-also\"> (or vector)</span>}}; a map of sets is {{c1::map&#123;set&#125;"), cloze.fields().get(0));
        assertTrue(cloze.fields().get(0).contains("template: {&#123;c2::not a blank}}"), cloze.fields().get(0));
        assertEquals("Anki Fixture::Serving", cloze.deck());
    }

    @Test
    void homePageCardsGoToTheCoursesDeckAndFormulasAreWrittenForMathJax() throws Exception {
        Fixtures.copy("anki-course", project);
        Map<String, AnkiImport.Note> notes = importFixture(BuildConfig.builder(project).build());
        assertEquals("Anki Fixture", notes.get("anki-fixture/home-card").deck());
        assertTrue(notes.get("anki-fixture/formula").fields().get(1).startsWith(
                "<p>\\[\\frac{1}{n}\\sum_{i=1}^{n}(y_i-\\hat{y}_i)^2\\]\nand inline \\(n\\) examples.</p>"),
                notes.get("anki-fixture/formula").fields().get(1));
    }
}
