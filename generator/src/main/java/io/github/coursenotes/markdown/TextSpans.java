package io.github.coursenotes.markdown;

import java.util.List;
import org.commonmark.node.SourceSpan;

/**
 * Where a character of a node's text stands in the note, for text whose lines are the node's
 * source spans in order (raw HTML, a formula's TeX): the line's span, plus the character's offset
 * in that line.
 */
final class TextSpans {

    private TextSpans() {
    }

    /** The one-character span of {@code text.charAt(index)}, or empty when there are no spans. */
    static List<SourceSpan> locate(List<SourceSpan> spans, String text, int index) {
        if (spans.isEmpty()) {
            return List.of();
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        SourceSpan span = spans.get(Math.min(line, spans.size() - 1));
        int column = span.getColumnIndex() + (line < spans.size() ? index - lineStart : 0);
        return List.of(SourceSpan.of(span.getLineIndex(), column, span.getInputIndex() + index - lineStart, 1));
    }
}
