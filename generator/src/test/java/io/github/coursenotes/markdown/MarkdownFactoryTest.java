package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.junit.jupiter.api.Test;

/** The Markdown dialect of the notes: CommonMark plus GitHub's tables, strikethrough, autolinks, task lists, footnotes. */
class MarkdownFactoryTest {

    private static String render(String markdown) {
        return MarkdownFactory.plainRenderer().render(MarkdownFactory.parser().parse(markdown));
    }

    @Test
    void tablesWithAlignmentAndEscapedPipes() {
        assertEquals("""
                <table>
                <thead>
                <tr>
                <th>Pattern</th>
                <th align="center">Risk</th>
                <th align="right">Cost</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>Canary</td>
                <td align="center">a | b</td>
                <td align="right"><code>low</code></td>
                </tr>
                </tbody>
                </table>
                """, render("""
                | Pattern | Risk | Cost |
                |---------|:----:|-----:|
                | Canary  | a \\| b | `low` |
                """));
    }

    @Test
    void aTableNeedsItsDelimiterRow() {
        assertEquals("<p>| a | b |\n| 1 | 2 |</p>\n", render("| a | b |\n| 1 | 2 |\n"));
    }

    @Test
    void strikethroughNeedsTwoTildes() {
        assertEquals("<p><del>old</del> new</p>\n", render("~~old~~ new"));
        // A single tilde keeps its CommonMark meaning: plain text (e.g. "~5 minutes").
        assertEquals("<p>about ~5 minutes, ~not struck~</p>\n", render("about ~5 minutes, ~not struck~"));
        assertEquals("<p>a ~~~three~~~</p>\n", render("a ~~~three~~~"));
    }

    @Test
    void bareUrlsAndEmailAddressesBecomeLinks() {
        assertEquals("<p>See <a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>, "
                        + "<a href=\"http://www.example.org\">www.example.org</a>. "
                        + "Mail <a href=\"mailto:me@example.com\">me@example.com</a>.</p>\n",
                render("See https://example.com/a?b=1, www.example.org. Mail me@example.com."));
    }

    @Test
    void bareUrlsInCodeStayText() {
        assertEquals("<p><code>https://example.com</code></p>\n", render("`https://example.com`"));
    }

    @Test
    void taskLists() {
        assertEquals("""
                <ul>
                <li><input type="checkbox" disabled=""> to do</li>
                <li><input type="checkbox" disabled="" checked=""> done</li>
                <li>not [ ] a task</li>
                </ul>
                """, render("- [ ] to do\n- [x] done\n- not [ ] a task\n"));
    }

    @Test
    void footnotes() {
        String html = render("Text[^1].\n\n[^1]: The *note*.\n");
        assertEquals("<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>.</p>\n"
                + "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n"
                + "<p>The <em>note</em>. <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref"
                + " data-footnote-backref-idx=\"1\" aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n</ol>\n</section>\n",
                html);
    }

    @Test
    void aFootnoteReferenceWithoutDefinitionStaysText() {
        assertEquals("<p>See [^missing].</p>\n", render("See [^missing]."));
    }

    @Test
    void urlsArePercentEncoded() {
        assertEquals("<p><a href=\"my%20notes/caf%C3%A9.md\">x</a></p>\n", render("[x](<my notes/café.md>)"));
        assertEquals("<p><a href=\"a%20b.md\">x</a></p>\n", render("[x](a%20b.md)"));
    }

    @Test
    void rawHtmlPassesOrIsEscapedAsConfigured() {
        String markdown = "<b>raw</b> [js](javascript:alert(1))";
        assertEquals("<p><b>raw</b> <a href=\"javascript:alert(1)\">js</a></p>\n",
                MarkdownFactory.renderer(true, context -> (node, tag, attributes) -> { })
                        .render(MarkdownFactory.parser().parse(markdown)));
        assertEquals("<p>&lt;b&gt;raw&lt;/b&gt; <a rel=\"nofollow\" href=\"\">js</a></p>\n",
                MarkdownFactory.renderer(false, context -> (node, tag, attributes) -> { })
                        .render(MarkdownFactory.parser().parse(markdown)));
    }

    @Test
    void theParserRecordsBlockAndInlinePositions() {
        Node document = MarkdownFactory.parser().parse("Title line\n\nSome *emphasis* here\n");
        Paragraph second = (Paragraph) document.getLastChild();
        assertEquals(SourceSpan.of(2, 0, 12, 20), second.getSourceSpans().get(0));
        Node emphasis = second.getFirstChild().getNext();
        assertTrue(emphasis instanceof Emphasis);
        assertEquals(2, emphasis.getSourceSpans().get(0).getLineIndex());
        assertEquals(5, emphasis.getSourceSpans().get(0).getColumnIndex());
    }
}
