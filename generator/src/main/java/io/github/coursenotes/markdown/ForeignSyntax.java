package io.github.coursenotes.markdown;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Warns about the syntax of other tools that GitHub (and so this build) shows as literal text:
 * MkDocs and Docusaurus admonitions, mdBook's {@code {{#include …}}}, Liquid/Jinja tags
 * {@code {% … %}}, Hugo shortcodes, wiki links {@code [[…]]}, and alerts GitHub does not know
 * ({@code > [!DANGER]}). Notes copied from those tools otherwise build silently with the markup
 * showing. Code, raw HTML and code blocks are not looked at.
 */
final class ForeignSyntax {

    private static final Pattern ADMONITION = Pattern.compile("^(!!!|\\?\\?\\?\\+?)\\s*([A-Za-z]+)");
    private static final Pattern DOCUSAURUS = Pattern.compile("^:::\\s*([A-Za-z]+)");
    private static final List<Construct> INLINE = List.of(
            new Construct(Pattern.compile("\\{\\{#[A-Za-z_]+[^}]*}}|\\{\\{#[A-Za-z_]+"),
                    "mdBook's '%s' is not run here and is shown as text; paste what it includes, or link to the file"),
            new Construct(Pattern.compile("\\{%-?\\s*[A-Za-z_]+[^%]*%}|\\{%-?\\s*[A-Za-z_]+"),
                    "template tag '%s' (Liquid/Jinja) is not run here and is shown as text"),
            new Construct(Pattern.compile("\\{\\{[<%][^}]*}}|\\{\\{[<%]"),
                    "Hugo shortcode '%s' is not run here and is shown as text"),
            new Construct(Pattern.compile("\\[\\[[^\\]\\n]+]]"),
                    "wiki link '%s' is shown as text; write a Markdown link such as '[text](file.md)'"));
    private static final Map<String, Callout.Kind> ALERT_FOR = Map.ofEntries(
            Map.entry("tip", Callout.Kind.TIP), Map.entry("hint", Callout.Kind.TIP), Map.entry("success", Callout.Kind.TIP),
            Map.entry("important", Callout.Kind.IMPORTANT),
            Map.entry("warning", Callout.Kind.WARNING), Map.entry("attention", Callout.Kind.WARNING),
            Map.entry("danger", Callout.Kind.CAUTION), Map.entry("caution", Callout.Kind.CAUTION),
            Map.entry("error", Callout.Kind.CAUTION), Map.entry("failure", Callout.Kind.CAUTION),
            Map.entry("bug", Callout.Kind.CAUTION));

    private record Construct(Pattern pattern, String message) {
    }

    private ForeignSyntax() {
    }

    static void check(Node document, Page page, Diagnostics diagnostics) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                checkText(text, page, diagnostics);
            }

            @Override
            public void visit(BlockQuote quote) {
                Alerts.markerWord(quote).filter(word -> Callout.Kind.of(word).isEmpty()).ifPresent(word ->
                        warn(page, diagnostics, quote.getFirstChild().getFirstChild().getSourceSpans(), 0,
                                "'[!" + word + "]' is not an alert GitHub knows (NOTE, TIP, IMPORTANT, WARNING,"
                                        + " CAUTION): the quote is shown as a plain quote, with '[!" + word + "]' as text"));
                visitChildren(quote);
            }
        });
    }

    private static void checkText(Text text, Page page, Diagnostics diagnostics) {
        String literal = text.getLiteral();
        if (literal.isEmpty()) {
            return;
        }
        List<SourceSpan> spans = text.getSourceSpans();
        char first = literal.charAt(0);
        // each construct starts with a character few texts start with or hold: a cheap test first,
        // the regular expressions only for the rare text that passes it (this runs on every text)
        if ((first == '!' || first == '?' || first == ':') && startsLine(text)) {
            Matcher admonition = ADMONITION.matcher(literal);
            if (admonition.find()) {
                warn(page, diagnostics, spans, 0, "MkDocs admonition '" + admonition.group() + "' is shown as text"
                        + " here; write a GitHub alert instead: '> [!" + alertFor(admonition.group(2)) + "]' and the"
                        + " text on '> ' lines below it");
                return;
            }
            Matcher docusaurus = DOCUSAURUS.matcher(literal);
            if (docusaurus.find()) {
                warn(page, diagnostics, spans, 0, "admonition '" + docusaurus.group() + "' (Docusaurus) is shown as"
                        + " text here; write a GitHub alert instead: '> [!" + alertFor(docusaurus.group(1))
                        + "]' and the text on '> ' lines below it");
                return;
            }
        }
        if (!mayHoldConstruct(literal)) {
            return;
        }
        for (Construct construct : INLINE) {
            Matcher found = construct.pattern().matcher(literal);
            while (found.find()) {
                warn(page, diagnostics, spans, found.start(), construct.message().formatted(found.group()));
            }
        }
    }

    /**
     * Whether {@code text} holds {@code {{}, {@code {%} or {@code [[}, found with {@code indexOf} (no
     * regular expression, no {@code charAt} per character: this runs on every text of every note).
     */
    private static boolean mayHoldConstruct(String text) {
        for (int at = text.indexOf('{'); at >= 0 && at + 1 < text.length(); at = text.indexOf('{', at + 1)) {
            char next = text.charAt(at + 1);
            if (next == '{' || next == '%') {
                return true;
            }
        }
        return text.contains("[[");
    }

    private static String alertFor(String word) {
        return ALERT_FOR.getOrDefault(word.toLowerCase(Locale.ROOT), Callout.Kind.NOTE).name();
    }

    private static boolean startsLine(Text text) {
        Node previous = text.getPrevious();
        return (previous == null && text.getParent() instanceof Paragraph) || previous instanceof SoftLineBreak;
    }

    private static void warn(Page page, Diagnostics diagnostics, List<SourceSpan> spans, int offset, String message) {
        SourceSpan span = spans.isEmpty() ? null : spans.get(0);
        int line = page.bodyLine() + (span == null ? 0 : span.getLineIndex());
        int column = 1 + (span == null ? 0 : span.getColumnIndex() + offset);
        diagnostics.warning(page.label(), line, column, message);
    }
}
