package io.github.coursenotes.cards;

import org.commonmark.internal.util.Escaping;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;

/**
 * Parses a fenced block whose info string's first word is {@code card} into a {@link CardBlock}:
 * the fence follows CommonMark's rules for fenced code blocks exactly (backticks or tildes, at least
 * three, indented at most three spaces, closed by a fence at least as long, or by the end of its
 * container), so a card holds the same lines that a code block with that fence would. The card's
 * text is read on its page ({@link CardReader}), where problems can be reported.
 */
final class CardBlockParser extends AbstractBlockParser {

    private static final int CODE_BLOCK_INDENT = 4;

    private final CardBlock block;
    private final char fenceCharacter;
    private final int fenceLength;
    private final int fenceIndent;
    private final StringBuilder text = new StringBuilder();
    private boolean openingLine = true;

    private CardBlockParser(CardBlock block, char fenceCharacter, int fenceLength, int fenceIndent) {
        this.block = block;
        this.fenceCharacter = fenceCharacter;
        this.fenceLength = fenceLength;
        this.fenceIndent = fenceIndent;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int nextNonSpace = state.getNextNonSpaceIndex();
        if (state.getIndent() < CODE_BLOCK_INDENT && nextNonSpace < line.length() && isClosing(line, nextNonSpace)) {
            return BlockContinue.finished();
        }
        int index = state.getIndex();
        for (int spaces = fenceIndent; spaces > 0 && index < line.length() && line.charAt(index) == ' '; spaces--) {
            index++;
        }
        return BlockContinue.atIndex(index);
    }

    private boolean isClosing(CharSequence line, int start) {
        int fences = Characters.skip(fenceCharacter, line, start, line.length()) - start;
        return fences >= fenceLength && Characters.skipSpaceTab(line, start + fences, line.length()) == line.length();
    }

    /** The rest of the opening line (the info string, read when the fence started), then the card's lines. */
    @Override
    public void addLine(SourceLine line) {
        if (openingLine) {
            openingLine = false;
            return;
        }
        text.append(line.getContent()).append('\n');
    }

    @Override
    public void closeBlock() {
        block.closeFence(text.toString());
    }

    /** Starts a card at an opening fence whose info string is {@code card} or starts with {@code card }. */
    static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= CODE_BLOCK_INDENT) {
                return BlockStart.none();
            }
            SourceLine line = state.getLine();
            CharSequence content = line.getContent();
            int start = state.getNextNonSpaceIndex();
            char fence = start < content.length() ? content.charAt(start) : 0;
            int length = fence == '`' || fence == '~' ? Characters.skip(fence, content, start, content.length()) - start : 0;
            if (length < 3) {
                return BlockStart.none();
            }
            String rest = content.subSequence(start + length, content.length()).toString();
            String info = Escaping.unescapeString(rest.trim());
            if (fence == '`' && rest.indexOf('`') >= 0 || !isCard(info)) {
                return BlockStart.none();
            }
            int lineIndex = line.getSourceSpan() == null ? 0 : line.getSourceSpan().getLineIndex();
            CardBlock block = located(lineIndex, content, state.getIndex(), fence, info);
            return BlockStart.of(new CardBlockParser(block, fence, length, state.getIndent())).atIndex(start + length);
        }

        /** Whether an info string makes a card: its first word is {@code card}. */
        static boolean isCard(String info) {
            String word = info.strip();
            return word.equals("card") || word.startsWith("card ") || word.startsWith("card\t");
        }

        /**
         * The block, with the columns of its fence and info string counted from where the block starts
         * on the line ({@code blockStart}, after any container's marker), as its source position does.
         */
        private static CardBlock located(int lineIndex, CharSequence line, int blockStart, char fence, String info) {
            int fenceStart = skip(line, blockStart, " ");
            int infoStart = skip(line, skip(line, fenceStart, String.valueOf(fence)), " \t");
            return new CardBlock(lineIndex, fenceStart + 1, info, infoStart + 1);
        }

        private static int skip(CharSequence text, int from, String characters) {
            int index = from;
            while (index < text.length() && characters.indexOf(text.charAt(index)) >= 0) {
                index++;
            }
            return index;
        }
    }
}
