package io.github.coursenotes.markdown;

import java.util.Set;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Formulas in running text, with GitHub's rules for {@code $}:
 * <ul>
 *   <li>{@code $…$} inline, when the opening {@code $} is not followed by a space and the closing one
 *       is not preceded by a space nor followed by a digit: "costs $5 and $10" stays text;</li>
 *   <li>{@code $`…`$}, GitHub's other inline syntax, for TeX with dollars or spaces at its ends;</li>
 *   <li>{@code $$…$$} on display, also within a line (lines that start with {@code $$} are a
 *       {@link DollarMathBlocks block}).</li>
 * </ul>
 * A backslash escapes a {@code $} ({@code \$}) inside a formula and outside it. A formula never
 * runs past its paragraph. An inline formula ends at the first unescaped {@code $}, and the
 * search for {@code $$} remembers when it found none up to the end of the paragraph, so a
 * paragraph with thousands of unmatched {@code $} is parsed in linear time.
 */
final class DollarMath implements InlineContentParserFactory {

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
        return new Parser();
    }

    /** One paragraph's parser: created for each run of inline content, so its memory is that run's. */
    private static final class Parser implements InlineContentParser {

        private boolean noDoubleCloser;

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            Position start = scanner.position();
            scanner.next(); // the '$'
            if (scanner.peek() == '$') {
                scanner.next();
                ParsedInline display = display(scanner);
                if (display != null) {
                    return display;
                }
                return ParsedInline.none();
            }
            if (scanner.peek() == '`') {
                ParsedInline code = backticks(scanner);
                if (code != null) {
                    return code;
                }
                scanner.setPosition(start);
                scanner.next();
            }
            return single(scanner);
        }

        /**
         * {@code $…$}: after the opening {@code $}. The first {@code $} that is not escaped ends
         * the formula, as in TeX, when it closes: not after a space, not before a digit. Otherwise
         * this {@code $} opens nothing.
         */
        private ParsedInline single(Scanner scanner) {
            char first = scanner.peek();
            if (first == Scanner.END || Character.isWhitespace(first)) {
                return ParsedInline.none();
            }
            Position texStart = scanner.position();
            char previous = '$';
            while (scanner.hasNext()) {
                char c = scanner.peek();
                if (c == '\\') {
                    scanner.next();
                    previous = scanner.peek();
                    if (scanner.hasNext()) {
                        scanner.next();
                    }
                    continue;
                }
                if (c == '$') {
                    Position texEnd = scanner.position();
                    scanner.next();
                    char after = scanner.peek();
                    boolean closes = !Character.isWhitespace(previous) && !(after >= '0' && after <= '9');
                    return closes ? formula(scanner, texStart, texEnd, false) : ParsedInline.none();
                }
                previous = c;
                scanner.next();
            }
            return ParsedInline.none();
        }

        /** The formula between the two positions, the scanner being past its closing delimiter. */
        private static ParsedInline formula(Scanner scanner, Position texStart, Position texEnd, boolean display) {
            SourceLines tex = scanner.getSource(texStart, texEnd);
            return ParsedInline.of(new InlineFormula(new Formula(tex.getContent(), display), tex.getSourceSpans()),
                    scanner.position());
        }

        /** {@code $$…$$}: after the opening {@code $$}. */
        private ParsedInline display(Scanner scanner) {
            if (noDoubleCloser) {
                return null;
            }
            Position texStart = scanner.position();
            while (scanner.hasNext()) {
                char c = scanner.peek();
                if (c == '\\') {
                    scanner.next();
                    if (scanner.hasNext()) {
                        scanner.next();
                    }
                    continue;
                }
                if (c == '$') {
                    Position texEnd = scanner.position();
                    scanner.next();
                    if (scanner.peek() == '$') {
                        scanner.next();
                        if (scanner.getSource(texStart, texEnd).getContent().isBlank()) {
                            return null;
                        }
                        return formula(scanner, texStart, texEnd, true);
                    }
                    continue;
                }
                scanner.next();
            }
            noDoubleCloser = true;
            return null;
        }

        /** {@code $`…`$}: at the backticks after the {@code $}; the TeX is taken literally, as in a code span. */
        private ParsedInline backticks(Scanner scanner) {
            int ticks = scanner.matchMultiple('`');
            Position texStart = scanner.position();
            while (scanner.find('`') >= 0) {
                Position texEnd = scanner.position();
                int closing = scanner.matchMultiple('`');
                if (closing == ticks && scanner.peek() == '$') {
                    scanner.next();
                    if (scanner.getSource(texStart, texEnd).getContent().isBlank()) {
                        return null;
                    }
                    return formula(scanner, texStart, texEnd, false);
                }
            }
            return null;
        }
    }
}
