package io.github.coursenotes.markdown;

import java.util.OptionalInt;

/**
 * Guards against the one input found to make CommonMark's inline parser slow: many {@code <} on
 * one line. Each {@code <} starts a search for the end of an autolink or HTML tag that runs on
 * along the line, so the time grows with the square of their number (10,000 on one line take
 * about two seconds, 40,000 ten). No note needs {@value #MAX_PER_LINE}; a line with more is an
 * error before parsing. It counts every line, code blocks included, because card bodies inside
 * fences are parsed as Markdown too, and a rule that does not depend on parsing is easy to state.
 */
final class AngleBracketLimit {

    static final int MAX_PER_LINE = 2_000;

    private AngleBracketLimit() {
    }

    /** The index (from 0) of the first line of {@code body} with more than {@value #MAX_PER_LINE} {@code <}. */
    static OptionalInt firstLineOverLimit(String body) {
        int line = 0;
        int count = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                count = 0;
            } else if (c == '<' && ++count > MAX_PER_LINE) {
                return OptionalInt.of(line);
            }
        }
        return OptionalInt.empty();
    }
}
