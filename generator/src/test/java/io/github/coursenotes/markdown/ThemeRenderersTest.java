package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;

/** What the notes' renderer writes beyond plain CommonMark: highlighted code, scrolling tables, heading permalinks. */
class ThemeRenderersTest {

    /** Renders like a note: every heading gets the id "h-" + its level. */
    private static String render(String markdown) {
        return MarkdownFactory.renderer(false, context -> (node, tag, attributes) -> {
            if (node instanceof Heading heading) {
                attributes.put("id", "h-" + heading.getLevel());
            }
        }).render(MarkdownFactory.parser().parse(markdown));
    }

    @Test
    void codeOfAKnownLanguageIsHighlightedAndKeepsItsLanguageClass() {
        assertEquals("<pre tabindex=\"0\"><code class=\"language-python\"><span class=\"hl-keyword\">return</span> "
                + "<span class=\"hl-number\">1</span>\n</code></pre>\n", render("```python\nreturn 1\n```\n"));
    }

    @Test
    void codeOfAnUnknownOrNoLanguageStaysPlainAndEscaped() {
        assertEquals("<pre tabindex=\"0\"><code class=\"language-nonsense\">a &lt; b\n</code></pre>\n", render("```nonsense\na < b\n```\n"));
        assertEquals("<pre tabindex=\"0\"><code>a &lt; b\n</code></pre>\n", render("```\na < b\n```\n"));
        assertEquals("<pre tabindex=\"0\"><code>indented &amp;\n</code></pre>\n", render("    indented &\n"));
    }

    @Test
    void aTableScrollsInsideAFocusableGroupNamedByItsColumns() {
        String html = render("| Stage | `Signal` |\n| --- | --- |\n| a | b |\n");
        assertTrue(html.startsWith("<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"Table: Stage, Signal\">\n"
                + "<table>\n<thead>\n<tr>\n<th>Stage</th>"), html);
        assertTrue(html.endsWith("</tbody>\n</table>\n</div>\n"), html);
    }

    @Test
    void aHeadingWithAnIdGetsAPermalinkNamedForScreenReaders() {
        assertEquals("<h2 id=\"h-2\">Data <em>drift</em><a class=\"heading-link\" href=\"#h-2\""
                + " aria-label=\"Link to the section “Data drift”\"></a></h2>\n", render("## Data *drift*\n"));
    }

    @Test
    void aHeadingWithoutAnIdIsPlain() {
        String html = MarkdownFactory.renderer(false, context -> (node, tag, attributes) -> { })
                .render(MarkdownFactory.parser().parse("## Plain\n"));
        assertEquals("<h2>Plain</h2>\n", html);
    }
}
