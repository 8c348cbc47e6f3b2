package io.github.coursenotes.cards;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;

/**
 * The opening line of a card fence, located in the file.
 *
 * @param line       1-based line of the opening fence
 * @param column     1-based column of the first fence character
 * @param info       the info string, e.g. {@code card choice id=patterns}
 * @param infoColumn 1-based column of the info string's first character
 */
record FenceLine(int line, int column, String info, int infoColumn) {

    static FenceLine of(FencedCodeBlock fence, CardContext context) {
        String info = fence.getInfo() == null ? "" : fence.getInfo();
        SourceSpan span = fence.getSourceSpans().isEmpty() ? null : fence.getSourceSpans().get(0);
        int line = context.bodyLine() + (span == null ? 0 : span.getLineIndex());
        int spanColumn = 1 + (span == null ? 0 : span.getColumnIndex());
        String text = openingText(span, context.body());
        if (text == null) {
            int column = spanColumn + fence.getFenceIndent();
            return new FenceLine(line, column, info, column + fence.getOpeningFenceLength());
        }
        int fenceStart = skip(text, 0, " ");
        int afterFence = skip(text, fenceStart, fence.getFenceCharacter());
        int infoStart = skip(text, afterFence, " \t");
        return new FenceLine(line, spanColumn + fenceStart, info, spanColumn + infoStart);
    }

    /** The source of the line the span covers, when the body is known and matches the span. */
    private static String openingText(SourceSpan span, String body) {
        if (span == null || body == null || span.getInputIndex() + span.getLength() > body.length()) {
            return null;
        }
        return body.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    }

    private static int skip(String text, int from, String characters) {
        int index = from;
        while (index < text.length() && characters.indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        return index;
    }
}
