package io.github.coursenotes.markdown;

import java.util.OptionalInt;

/**
 * Guards CommonMark's inline parser against emphasis and links nested thousands of times: it merges
 * text nodes recursively, once per level, so such input overflows the stack inside the library.
 * Whether it does depends on the thread's stack size and on how the JIT compiled those methods, so
 * catching {@link StackOverflowError} would give different diagnostics on different JVMs. This scan
 * runs before parsing and depends on the text alone: it counts the delimiters that can open a level
 * ({@code *} and {@code _} runs that CommonMark's flanking rules let open but not close, and
 * {@code [}) minus those that can only close one, within a paragraph (a blank line resets it). That bounds the nesting of ordinary input,
 * so a note under {@value #MAX_LEVELS} levels parses; the parser then cuts the tree at
 * {@link NestingLimit#MAX_DEPTH} levels with its own diagnostic. No real note comes near either.
 */
final class InlineNestingLimit {

    /** Far below the ~2,000 levels the default 1 MB thread stack was seen to parse (JDK 17 and 25). */
    static final int MAX_LEVELS = 500;

    private InlineNestingLimit() {
    }

    /** The index (from 0) of the first line of {@code body} where the open levels exceed {@value #MAX_LEVELS}. */
    static OptionalInt firstLineOverLimit(String body) {
        if (openers(body) <= MAX_LEVELS) {
            return OptionalInt.empty(); // nothing to count: the scan below would cost every note a pass of charAt
        }
        int line = 0;
        int open = 0;
        boolean blankSoFar = true;
        int length = body.length();
        for (int i = 0; i < length; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (blankSoFar) {
                    open = 0;
                }
                line++;
                blankSoFar = true;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                blankSoFar = false;
            }
            if (c == '[') {
                open++;
            } else if (c == ']') {
                open = Math.max(0, open - 1);
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end + 1 < length && body.charAt(end + 1) == c) {
                    end++;
                }
                char before = i == 0 ? '\n' : body.charAt(i - 1);
                char after = end + 1 == length ? '\n' : body.charAt(end + 1);
                boolean leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
                boolean rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
                if (leftFlanking && !rightFlanking) {
                    open++;
                } else if (rightFlanking && !leftFlanking) {
                    open = Math.max(0, open - 1);
                }
                // a run that is both ("snake_case", "a*b") is left out: "_" there never opens
                // emphasis, and counting "*" there would reject ordinary code in long code blocks
                i = end;
            }
            if (open > MAX_LEVELS) {
                return OptionalInt.of(line);
            }
        }
        return OptionalInt.empty();
    }

    /** How many characters could open a level: an upper bound of the open levels, counted with {@code indexOf}. */
    private static int openers(String body) {
        int count = 0;
        for (char opener : new char[] {'[', '*', '_'}) {
            for (int at = body.indexOf(opener); at >= 0 && count <= MAX_LEVELS; at = body.indexOf(opener, at + 1)) {
                count++;
            }
        }
        return count;
    }

    /** CommonMark's flanking rules: ASCII and Unicode punctuation. */
    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
