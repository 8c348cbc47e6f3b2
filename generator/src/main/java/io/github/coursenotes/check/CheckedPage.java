package io.github.coursenotes.check;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A note after the check stage: its parsed page, and where each of its internal links and images
 * points in the site. A link is named by where it starts in the note, which stays the same however
 * often and in whatever order the note is rendered (its page, its section of the print page, a card
 * in the exports). The render stage reads these values only.
 *
 * @param parsed  the parsed note
 * @param targets the target of each internal link, image and raw-HTML {@code href} or {@code src}
 *                ({@link io.github.coursenotes.markdown.RawHtmlReference}) by where it starts, relative
 *                to the site root and percent-encoded (e.g. {@code deploy/canary.html#rollback}); a
 *                folder without notes may point to the repository host ({@code https://…}). External
 *                links, and links the check could not resolve, are not listed: they stay as written
 * @param linksTo the source paths of the notes its links point to, for the preview server, which
 *                checks them again when one of those notes changes
 */
public record CheckedPage(ParsedPage parsed, Map<Start, String> targets, Set<String> linksTo) {

    /**
     * Where a link, image or raw-HTML attribute starts: the line index in the note's body and the
     * column index in that line (both from 0), as the Markdown parser records them.
     */
    public record Start(int line, int column) {

        /** The position of {@code node}; empty for a node without source positions. */
        static Optional<Start> of(Node node) {
            if (node.getSourceSpans().isEmpty()) {
                return Optional.empty();
            }
            SourceSpan span = node.getSourceSpans().get(0);
            return Optional.of(new Start(span.getLineIndex(), span.getColumnIndex()));
        }
    }

    public CheckedPage {
        targets = Map.copyOf(targets);
        linksTo = Set.copyOf(linksTo);
    }

    /** The site-root-relative target of a link, image or raw-HTML reference of this page, if it is internal. */
    public Optional<String> target(Node node) {
        return targets.isEmpty() ? Optional.empty() : Start.of(node).map(targets::get);
    }

    public Page page() {
        return parsed.page();
    }
}
