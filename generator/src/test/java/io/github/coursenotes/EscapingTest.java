package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, summaries and card text are data: whatever characters they hold, they show up as text,
 * never as markup. Raw HTML written in a note's body passes through unless {@code rawHtml=false}.
 */
class EscapingTest {

    static final String EVIL = "<script>alert(1)</script> & \"quotes\" 'single'";
    static final String EVIL_SUMMARY = "<img src=x onerror=alert(2)> \"summary\" & more";

    @TempDir
    Path folder;

    private TestProject project;

    @BeforeEach
    void writeACourseWithHostileTitles() {
        project = TestProject.empty(folder);
        project.write("content/index.md", frontMatter("Home " + EVIL, EVIL_SUMMARY) + "Welcome.\n");
        project.write("content/01-chapter/index.md", frontMatter("Chapter " + EVIL, EVIL_SUMMARY) + "Intro.\n");
        project.write("content/01-chapter/01-note.md", frontMatter("Note " + EVIL, EVIL_SUMMARY) + """
                ## Heading with <b>raw</b> & "quotes"

                Body with <span class="raw-html">raw HTML</span> and [a script link](javascript:alert(3)).

                ```card cloze id=evil-cloze
                Type {{x < y & "z"}} here; <i>raw</i> in a card.
                ```

                ```card choice id=evil-choice
                Which is "right" & <safe>?
                ---
                - [x] 5 < 6 & "yes"
                - [ ] 6 < 5
                ```
                """);
    }

    private static String frontMatter(String title, String summary) {
        return "---\ntitle: '" + title.replace("'", "''") + "'\nsummary: '" + summary.replace("'", "''") + "'\n---\n";
    }

    @Test
    void titlesAndSummariesAreTextEverywhere() {
        assertEquals(List.of(), messages(project.build()));
        Document note = page("chapter/note.html");
        assertEquals("Note " + EVIL + " · Home " + EVIL, note.title());
        assertEquals("Note " + EVIL, note.selectFirst("main h1").text());
        assertEquals(EVIL_SUMMARY, note.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Home " + EVIL, "Chapter " + EVIL, "Note " + EVIL),
                note.select("nav.breadcrumbs li").eachText());
        assertTrue(note.select("nav#sidebar a").eachText().contains("Chapter " + EVIL));
        assertEquals("Home " + EVIL, note.selectFirst("a.site-title").text());
        Document chapter = page("chapter/index.html");
        assertEquals(EVIL_SUMMARY, chapter.selectFirst(".chapter-entries p").text());
        Document home = page("index.html");
        assertEquals("Home " + EVIL, home.title());
        assertEquals(EVIL_SUMMARY, home.selectFirst("p.lead").text());
        assertEquals(EVIL_SUMMARY, home.selectFirst(".chapter-card h3 + p").text());
        for (String path : SiteTree.htmlPages(project.site())) {
            assertEquals(List.of(), injected(page(path)), path);
        }
    }

    @Test
    void cardTextAndAnswersAreEscaped() {
        assertEquals(List.of(), messages(project.build()));
        Document note = page("chapter/note.html");
        Element blank = note.selectFirst("#card-evil-cloze input.cloze-blank");
        assertEquals("x < y & \"z\"", blank.attr("data-answers"));
        assertEquals("Which is \"right\" & ?", note.selectFirst("#card-evil-choice .card-prompt").text());
        assertEquals(List.of("5 < 6 & \"yes\"", "6 < 5"), note.select("#card-evil-choice label").eachText());
    }

    @Test
    void rawHtmlInNotesPassesThroughByDefault() {
        assertEquals(List.of(), messages(project.build()));
        Document note = page("chapter/note.html");
        assertEquals("raw HTML", note.selectFirst("main span.raw-html").text());
        assertEquals("raw", note.selectFirst("main h2 b").text());
        assertEquals("raw", note.selectFirst("#card-evil-cloze i").text());
    }

    @Test
    void rawHtmlIsEscapedWhenTurnedOff() {
        assertEquals(List.of(), messages(project.build(config -> config.rawHtml(false))));
        Document note = page("chapter/note.html");
        assertTrue(note.select("main span.raw-html, main h2 b, main i").isEmpty(), note.select("main").html());
        assertTrue(note.selectFirst("main").text().contains("Body with <span class=\"raw-html\">raw HTML</span> and"));
        assertEquals("Heading with <b>raw</b> & \"quotes\"", note.selectFirst("main h2").text());
        assertFalse(note.selectFirst("main a:contains(a script link)").attr("href").startsWith("javascript:"));
        assertEquals(List.of(), injected(note));
    }

    private Document page(String path) {
        return Jsoup.parse(SiteTree.read(project.site(), path));
    }

    /** Markup that came from a title or summary: scripts without src, event handlers, the injected image. */
    static List<String> injected(Document page) {
        List<String> found = new ArrayList<>();
        page.select("script:not([src])").forEach(element -> found.add(element.outerHtml()));
        page.select("img[src=x]").forEach(element -> found.add(element.outerHtml()));
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> {
                if (attribute.getKey().startsWith("on")) {
                    found.add(element.tagName() + " " + attribute);
                }
            });
        }
        return found;
    }
}
