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
        // '<' found with indexOf (no charAt per character: this runs on every note); the end of the
        // line of the last '<' counted tells whether the next one is on a new line
        int count = 0;
        int lineEnd = -1;
        for (int at = body.indexOf('<'); at >= 0; at = body.indexOf('<', at + 1)) {
            if (at > lineEnd) {
                int newline = body.indexOf('\n', at);
                lineEnd = newline < 0 ? body.length() : newline;
                count = 0;
            }
            if (++count > MAX_PER_LINE) {
                return OptionalInt.of(lineOf(body, at));
            }
        }
        return OptionalInt.empty();
    }

    /** The index (from 0) of the line holding {@code offset}. */
    private static int lineOf(String body, int offset) {
        int line = 0;
        for (int at = body.indexOf('\n'); at >= 0 && at < offset; at = body.indexOf('\n', at + 1)) {
            line++;
        }
        return line;
    }
}
