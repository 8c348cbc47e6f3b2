package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.check.CheckedPage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering once with marks gives exactly what rendering for each place gives. */
class MarkedNoteHtmlTest {

    private static final String NOTE = """
            # Title

            Intro with [a link to a section](../01-basics/01-first.md#cards), [a file](../files/a&b.txt),
            [its own heading](#drift), [the chapter](../), <https://example.com/?a=1&b=2> and a
            footnote.[^note] ![A diagram](<../01-basics/my diagram.svg>) <kbd>raw</kbd>

            ## Drift

            ### Drift

            | a | [b](../01-basics/01-first.md) |
            | --- | --- |
            | ![x](../01-basics/my%20diagram.svg) | `<code>` |

            ```card flip id=marked-flip
            What does [the first note](../01-basics/01-first.md#cards) say?
            ---
            See ![it](<../01-basics/my diagram.svg>) and [here](#drift).
            ```

            [^note]: The footnote, with [a link](../01-basics/01-first.md).
            """;

    @TempDir
    Path project;

    @Test
    void bothPlacesGetWhatRenderingForThemGives() {
        for (boolean rawHtml : List.of(true, false)) {
            CourseFiles.Checked course = CourseFiles.in(project)
                    .file("01-basics/01-first.md", "## Cards\n")
                    .file("01-basics/my diagram.svg", "<svg/>")
                    .file("files/a&b.txt", "c")
                    .file("02-more/01-deep.md", NOTE)
                    .loadChecked();
            NoteHtmlRenderer noteHtml = new NoteHtmlRenderer(rawHtml, ImageSizes.none());
            UnaryOperator<String> hrefs = target -> "#in-page-" + target + "-&<\"'";

            for (CheckedPage page : course.pages()) {
                MarkedNoteHtml marked = MarkedNoteHtml.render(noteHtml, page);
                for (String root : List.of("", "../", "../../")) {
                    assertEquals(noteHtml.render(page, page.parsed().document(), root), marked.forPage(root), page.page().outputPath());
                }
                String idPrefix = "key&<\"--";
                String print = noteHtml.render(page, page.parsed().document(), "", anchor -> idPrefix + anchor, hrefs);
                assertEquals(print, marked.forPrint(idPrefix, hrefs), page.page().outputPath());
                assertTrue(print.indexOf('\u0000') < 0);
            }
            String deep = MarkedNoteHtml.render(noteHtml, course.page("more/deep.html")).forPage("../");
            // the note exercises what it should: links, ids, images, a card and a footnote
            assertTrue(deep.contains("href=\"../basics/first.html#cards\""), deep);
            assertTrue(deep.contains("href=\"../files/a&amp;b.txt\""), deep);
            assertTrue(deep.contains("id=\"drift-1\""), deep);
            assertTrue(deep.contains("src=\"../basics/my%20diagram.svg\""), deep);
            assertTrue(deep.contains("marked-flip"), deep);
            assertTrue(deep.contains("footnote"), deep);
            project = project.resolve("again");
        }
    }
}
