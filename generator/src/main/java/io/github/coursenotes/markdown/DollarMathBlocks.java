package io.github.coursenotes.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display formulas on lines of their own, as GitHub writes them: a line starting with {@code $$}
 * (indented at most three spaces) opens the formula, and the line ending with {@code $$} closes it;
 * {@code $$x^2$$} alone on a line is a one-line formula. Like a fence, it may interrupt a paragraph.
 * A blank line before the closing {@code $$} leaves the formula unclosed: it becomes a
 * {@link FormulaBlock} marked unclosed, reported and shown as text, so a stray {@code $$} never
 * swallows the rest of the note. A line with {@code $$} in its middle ({@code $$a$$ and $$b$$})
 * is text with inline formulas.
 */
final class DollarMathBlocks extends AbstractBlockParserFactory {

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        SourceLine line = state.getLine();
        CharSequence content = line.getContent();
        int start = state.getNextNonSpaceIndex();
        if (!startsWithDollars(content, start)) {
            return BlockStart.none();
        }
        SourceLine rest = line.substring(start + 2, content.length());
        String text = rest.getContent().toString();
        int inner = text.indexOf("$$");
        String trimmed = text.stripTrailing();
        if (inner >= 0 && inner != trimmed.length() - 2) {
            return BlockStart.none(); // "$$a$$ and more": inline formulas in a paragraph
        }
        if (inner >= 0 && trimmed.substring(0, inner).isBlank()) {
            return BlockStart.none(); // "$$$$"
        }
        return BlockStart.of(new Parser()).atIndex(start + 2);
    }

    private static boolean startsWithDollars(CharSequence content, int at) {
        return at + 1 < content.length() && content.charAt(at) == '$' && content.charAt(at + 1) == '$';
    }

    private static final class Parser extends AbstractBlockParser {

        private final FormulaBlock block = new FormulaBlock();
        private final List<String> lines = new ArrayList<>();
        private final List<SourceSpan> spans = new ArrayList<>();
        private boolean closed;

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closed || state.isBlank()) {
                return BlockContinue.none();
            }
            SourceLine line = state.getLine();
            SourceLine rest = line.substring(state.getIndex(), line.getContent().length());
            String text = rest.getContent().toString();
            if (text.stripTrailing().endsWith("$$")) {
                SourceLine last = rest.substring(0, text.lastIndexOf("$$"));
                if (!last.getContent().toString().isBlank()) {
                    add(last);
                }
                closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /** The opening line's rest after {@code $$} (closed too when it ends with {@code $$}), then each line. */
        @Override
        public void addLine(SourceLine line) {
            String text = line.getContent().toString();
            if (lines.isEmpty() && spans.isEmpty() && !closed && text.stripTrailing().endsWith("$$")) {
                add(line.substring(0, text.lastIndexOf("$$")));
                closed = true;
            } else if (!(lines.isEmpty() && text.isBlank())) {
                add(line);
            }
        }

        private void add(SourceLine line) {
            lines.add(line.getContent().toString());
            if (line.getSourceSpan() != null) {
                spans.add(line.getSourceSpan());
            }
        }

        @Override
        public void closeBlock() {
            block.complete(String.join("\n", lines), spans, closed);
        }
    }
}
