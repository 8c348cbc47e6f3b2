package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintPageTest {

    @TempDir
    static Path project;

    private static Document print;

    /** One build for every test: they only read what it wrote. */
    @BeforeAll
    static void build() throws Exception {
        Fixtures.copy("basic-course", project);
        // A second note with the same heading as another and a footnote, which would clash on one page.
        Files.writeString(project.resolve("content/01-basics/03-third.md"), """
                ---
                title: Third note
                ---
                ## Cards

                A footnote[^1] and a link to [the first note's cards](01-first.md#cards)
                and to [the fourth note's title](../02-more/02-fourth.md#fourth-note).

                [^1]: The footnote.
                """);
        Files.writeString(project.resolve("content/02-more/02-fourth.md"), """
                ---
                title: Fourth note
                ---
                ## Cards

                Another footnote[^1].

                [^1]: Another footnote.
                """);
        BuildResult result = SiteBuilder.build(Fixtures.config(project));
        assertEquals(List.of(), result.diagnostics());
        print = Jsoup.parse(project.resolve("site/print.html").toFile());
    }

    @Test
    void holdsEveryPageInReadingOrder() {
        assertEquals(List.of("Fixture Course", "Basics", "First note", "Third note", "Second note", "More", "Nested",
                "Deep", "Fourth note", "Markdown – tables, lists & notes"), print.select("section.print-section > h2").eachText());
        assertEquals(1, print.select("h1").size());
        assertEquals("Fixture Course", print.selectFirst("h1").text());
    }

    @Test
    void noteHeadingsMoveOneLevelDown() {
        Element first = print.getElementById("page-basics-first");
        assertNotNull(first);
        assertEquals("Cards", first.selectFirst("h3").text());
        assertEquals("basics-first--cards", first.selectFirst("h3").id());
        assertTrue(first.select("h2").size() == 1, "only the note title is an h2");
    }

    @Test
    void headingsNeverSkipALevelNorPassSix() {
        assertEquals("<h3 id=\"a\">A</h3><h4>B</h4><h3>C</h3>",
                PrintPage.demoteHeadings("<h3 id=\"a\">A</h3><h4>B</h4><h2>C</h2>"));
        assertEquals("<h3>A</h3><h4>D</h4><h5>E</h5><h6>F</h6><h6>G</h6>",
                PrintPage.demoteHeadings("<h2>A</h2><h3>D</h3><h4>E</h4><h5>F</h5><h6>G</h6>"));
        assertEquals("<p>&lt;h2&gt;</p>", PrintPage.demoteHeadings("<p>&lt;h2&gt;</p>"));
    }

    @Test
    void headingTagsAreFoundExactlyWhereTheRegularExpressionFindsThem() {
        assertEquals("<h3\tclass=x>A</h3\n><h3x><hr><h7><h4 >B</h4><h", PrintPage.demoteHeadings(
                "<h2\tclass=x>A</h2\n><h3x><hr><h7><h3 >B</h3><h"));
        // Many random strings made of the characters that matter, against the pattern the scan replaced.
        Random random = new Random(7);
        String[] pieces = {"<", "/", "h", "1", "2", "3", "5", "6", "7", ">", " ", "\n", "x", "<h2>", "</h3>", "<h1 "};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(demotedByPattern(html.toString()), PrintPage.demoteHeadings(html.toString()), html.toString());
        }
    }

    /** The regular-expression version that {@link PrintPage#demoteHeadings} replaced, as a reference. */
    private static String demotedByPattern(String html) {
        Matcher matcher = Pattern.compile("<(/?)h([1-6])([\\s>])").matcher(html);
        StringBuilder out = new StringBuilder();
        int previous = 2;
        int current = 2;
        while (matcher.find()) {
            if (matcher.group(1).isEmpty()) {
                current = Math.min(Math.min(6, Integer.parseInt(matcher.group(2)) + 1), previous + 1);
                previous = current;
            }
            matcher.appendReplacement(out, "<" + matcher.group(1) + "h" + current + matcher.group(3));
        }
        return matcher.appendTail(out).toString();
    }

    @Test
    void everyIdIsUniqueAndEveryInPageLinkHasItsTarget() {
        Set<String> ids = new HashSet<>();
        for (Element element : print.select("[id]")) {
            assertTrue(ids.add(element.id()), "duplicate id " + element.id());
        }
        for (Element link : print.select("a[href^=#]")) {
            assertTrue(ids.contains(link.attr("href").substring(1)), "no target for " + link.outerHtml());
        }
    }

    @Test
    void linksBetweenNotesPointWithinThePage() {
        Element third = print.getElementById("page-basics-third");
        assertEquals("#basics-first--cards", third.selectFirst("a:contains(the first note)").attr("href"));
        assertEquals("#page-more-fourth", third.selectFirst("a:contains(title)").attr("href"));
        Element first = print.getElementById("page-basics-first");
        assertEquals("#basics-second--a-section", first.selectFirst("a:contains(link to the second note)").attr("href"));
    }

    @Test
    void imagesResolveFromTheSiteRoot() {
        Element image = print.selectFirst("img[alt=A diagram]");
        assertEquals("basics/diagram.svg", image.attr("src"));
        assertTrue(Files.exists(project.resolve("site").resolve(image.attr("src"))));
    }

    @Test
    void cardsAreThereWithTheirAnswers() {
        Element card = print.getElementById("card-flip-one");
        assertNotNull(card);
        assertEquals("A question with an answer behind it.", card.selectFirst(".card-back p").text());
        assertEquals(6, print.select(".card").size());
    }

    @Test
    void everyPageLinksToThePrintPage() throws Exception {
        Document note = Jsoup.parse(project.resolve("site/more/nested/deep.html").toFile());
        assertNotNull(note.selectFirst("footer a[href=../../print.html]"));
    }
}
