package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.check.CheckedPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteHtmlRendererTest {

    @TempDir
    Path project;

    private String render(String body, boolean rawHtml) {
        return render(body, rawHtml, Place.page("../../"));
    }

    private String render(String body, boolean rawHtml, Place place) {
        CourseFiles.Checked course = CourseFiles.in(project)
                .file("01-basics/01-first.md", "## Cards\n")
                .file("01-basics/my diagram.svg", "<svg/>")
                .file("files/c#.txt", "c")
                .file("02-more/01-nested/01-deep.md", body)
                .loadChecked();
        CheckedPage deep = course.page("more/nested/deep.html");
        return new NoteHtmlRenderer(rawHtml, ImageSizes.none()).render(deep, deep.parsed().document(), place);
    }

    @Test
    void headingsGetTheirAnchorsAsIds() {
        assertEquals("<p>Text.</p>\n"
                + "<h2 id=\"drift\">Drift<a class=\"heading-link\" href=\"#drift\" aria-label=\"Link to the section “Drift”\"></a></h2>\n"
                + "<h3 id=\"drift-1\">Drift<a class=\"heading-link\" href=\"#drift-1\" aria-label=\"Link to the section “Drift”\"></a></h3>\n",
                render("Text.\n\n## Drift\n### Drift\n", true));
    }

    @Test
    void internalLinksPointRelativelyAtTheGeneratedFiles() {
        assertEquals("<p><a href=\"../../basics/first.html#cards\">a</a> <a href=\"../../more/nested/deep.html#top\">b</a>"
                        + " <a href=\"../../more/index.html\">c</a> <a href=\"https://example.com/x.md\">d</a></p>\n",
                render("[a](../../01-basics/01-first.md#cards) [b](#top) [c](../) [d](https://example.com/x.md)\n\n"
                        + "## Top\n", true).replaceAll("<h2.*\n", ""));
    }

    @Test
    void rewrittenUrlsArePercentEncoded() {
        assertEquals("<p><img src=\"../../basics/my%20diagram.svg\" alt=\"D\" loading=\"lazy\" />"
                        + " <a href=\"../../files/c%23.txt\">c</a></p>\n",
                render("![D](<../../01-basics/my diagram.svg>) [c](../../files/c%23.txt)\n", true));
    }

    @Test
    void rawHtmlIsEscapedWhenNotAllowed() {
        assertEquals("<p><kbd>x</kbd></p>\n", render("<kbd>x</kbd>\n", true));
        assertEquals("<p>&lt;kbd&gt;x&lt;/kbd&gt;</p>\n", render("<kbd>x</kbd>\n", false));
    }

    @Test
    void idsLinksAndFilesAreWrittenAsThePlaceWritesThem() {
        Place print = Place.page("").withIds(anchor -> "deep--" + anchor)
                .withLinks((element, target) -> "#in-page-" + element + "-" + target);
        assertEquals("<p>Text.</p>\n<h2 id=\"deep--drift\">Drift<a class=\"heading-link\" href=\"#deep--drift\""
                        + " aria-label=\"Link to the section “Drift”\"></a></h2>\n"
                        + "<p><a href=\"#in-page-a-basics/first.html#cards\">a</a> <img src=\"basics/my%20diagram.svg\" alt=\"D\""
                        + " loading=\"lazy\" /> <a id=\"deep--raw\" href=\"#in-page-a-files/c%23.txt\">c</a>"
                        + "<sup class=\"footnote-ref\"><a href=\"#deep--fn-n\" id=\"deep--fnref-n\" data-footnote-ref>1</a></sup></p>\n",
                render("Text.\n\n## Drift\n\n[a](../../01-basics/01-first.md#cards) ![D](<../../01-basics/my diagram.svg>)"
                        + " <a id=\"raw\" href=\"../../files/c%23.txt\">c</a>[^n]\n\n[^n]: Note.\n", true, print)
                        .replaceAll("(?s)<section class=\"footnotes\".*", ""));
    }

    @Test
    void aPlaceWithoutLinksLeavesTheLinksOutAndKeepsTheirText() {
        Place anki = Place.page("").withLinks((element, target) -> null);
        assertEquals("<p><a>a</a> <a class=\"x\">b</a> <a href=\"https://example.com/\">c</a></p>\n",
                render("[a](../../01-basics/01-first.md) <a class=\"x\" href=\"../../files/c%23.txt\">b</a>"
                        + " [c](https://example.com/)\n", true, anki));
    }
}
