package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** GitHub alerts ({@code > [!NOTE]} ...) as callouts with an icon and a title, and what stays a quote. */
class AlertsTest {

    private static final Parser PARSER = MarkdownFactory.parser();
    private static final HtmlRenderer RENDERER = MarkdownFactory.plainRenderer();

    private static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NOTE, note, Note", "TIP, tip, Tip", "IMPORTANT, important, Important", "WARNING, warning, Warning",
            "CAUTION, caution, Caution", "note, note, Note", "Warning, warning, Warning"})
    void eachKindHasItsClassRoleIconAndVisibleTitle(String marker, String keyword, String title) {
        String html = render("> [!" + marker + "]\n> Mind the *gap*.\n");
        assertTrue(html.startsWith("<div class=\"callout callout-" + keyword + "\" role=\"note\">\n"
                + "<p class=\"callout-title\"><svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
                + " aria-hidden=\"true\" focusable=\"false\"><path fill-rule=\"evenodd\" d=\""), html);
        assertTrue(html.endsWith("\"/></svg>" + title + "</p>\n<p>Mind the <em>gap</em>.</p>\n</div>\n"), html);
    }

    @Test
    void theMarkerMayStandAloneAndTheTextFollowInParagraphs() {
        String html = render("> [!TIP]\n>\n> First.\n>\n> - a list\n");
        assertTrue(html.endsWith("</svg>Tip</p>\n<p>First.</p>\n<ul>\n<li>a list</li>\n</ul>\n</div>\n"), html);
    }

    @Test
    void otherQuotesStayQuotes() {
        assertEquals("<blockquote>\n<p>[!DANGER]\nNot an alert GitHub knows.</p>\n</blockquote>\n",
                render("> [!DANGER]\n> Not an alert GitHub knows.\n"));
        assertEquals("<blockquote>\n<p>See [!NOTE] in the middle.</p>\n</blockquote>\n",
                render("> See [!NOTE] in the middle.\n"));
    }

    @Test
    void alertsNestInListsAndQuotes() {
        String html = render("- item\n\n  > [!WARNING]\n  > Careful.\n");
        assertTrue(html.contains("<li>\n<p>item</p>\n<div class=\"callout callout-warning\" role=\"note\">"), html);
    }
}
