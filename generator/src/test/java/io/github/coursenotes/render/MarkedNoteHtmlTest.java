package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.check.CheckedPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note rendered once with marks and filled in for a place is the note rendered for that place. */
class MarkedNoteHtmlTest {

    private static final String NOTE = """
            # Deep

            Text with [a link](../../01-basics/01-first.md#cards), [one here](#drift), [the folder](../),
            [outside](https://example.com/x.md?a=1&b=2), ![an image](<../../01-basics/my diagram.svg>),
            [a file](../../files/c%23.txt), [another](../../files/a&b.txt) and a footnote.[^note]

            ## Drift

            <a href="../../01-basics/01-first.md" id="raw anchor">raw link</a> <img src="../../01-basics/my diagram.svg" alt="">

            <div id="block"><a href="#drift">raw in a block</a></div>

            ```card id=c
            Why [this](../../01-basics/01-first.md)?
            ---
            Because ![it](<../../01-basics/my diagram.svg>).
            ```

            [^note]: The note, with [a link](#drift).
            """;

    @TempDir
    Path project;

    @Test
    void fillingTheMarksForAPlaceWritesWhatRenderingForItWrites() {
        CourseFiles.Checked course = CourseFiles.in(project)
                .file("01-basics/01-first.md", "## Cards\n")
                .file("01-basics/my diagram.svg", "<svg/>")
                .file("files/c#.txt", "c")
                .file("files/a&b.txt", "a and b")
                .file("02-more/01-nested/01-deep.md", NOTE)
                .loadChecked();
        CheckedPage deep = course.page("more/nested/deep.html");
        NoteHtmlRenderer renderer = new NoteHtmlRenderer(true, ImageSizes.none());
        String marked = renderer.render(deep, deep.parsed().document(), MarkedNoteHtml.PLACE);
        List<Place> places = List.of(Place.page("../../"), Place.page(""),
                Place.page("").withIds(id -> "more-nested-deep--" + id)
                        .withLinks((element, target) -> "#" + element + "&\"" + target.replace('/', '-')),
                Place.page("https://example.org/a&b/").withFiles((element, target) -> element + ":<" + target + ">"));
        for (Place place : places) {
            assertEquals(renderer.render(deep, deep.parsed().document(), place), MarkedNoteHtml.fill(marked, place));
        }
        String onPage = MarkedNoteHtml.fill(marked, places.get(0));
        assertFalse(onPage.contains("\u0000"));
        assertTrue(onPage.contains("href=\"../../files/a&amp;b.txt\""), onPage);
    }
}
