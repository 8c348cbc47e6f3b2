package io.github.coursenotes.cards;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.List;

/**
 * Parses Markdown through the real {@link PageParser} as the note {@code content/01-ch/02-note.md}
 * whose body starts on line 5 (after four lines of front matter), so a card fence written on the
 * body's first line is reported on line 5.
 */
final class CardSamples {

    static final String LABEL = "content/01-ch/02-note.md";
    static final int BODY_LINE = 5;

    /** The parsed page and what the parser reported. */
    record Result(ParsedPage page, List<String> diagnostics) {

        List<CardBlock> cards() {
            return page.cards();
        }

        CardBlock card() {
            if (page.cards().size() != 1) {
                throw new AssertionError("expected one card, got " + page.cards().size() + "; " + diagnostics);
            }
            return page.cards().get(0);
        }
    }

    private CardSamples() {
    }

    static Result parse(String markdown) {
        return parse(markdown, "ch/note.html");
    }

    static Result parse(String markdown, String outputPath) {
        Page page = new Page("01-ch/02-note.md", LABEL, outputPath, Page.Kind.NOTE, "Note", null, 2, "note",
                markdown, BODY_LINE);
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage parsed = new PageParser().parse(page, diagnostics);
        return new Result(parsed, diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    /** The diagnostics of a page that holds only {@code markdown}. */
    static List<String> errors(String markdown) {
        return parse(markdown).diagnostics();
    }
}
