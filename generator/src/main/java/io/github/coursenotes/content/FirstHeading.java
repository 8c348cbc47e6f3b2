package io.github.coursenotes.content;

import io.github.coursenotes.text.PlainText;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Finds the plain text of a note's title heading, as a reader sees it: the first top-level
 * level-one heading ({@code # Title} or a {@code ===} underlined one), else the first top-level
 * heading of any level ({@code ### 1.1 Overview} gives {@code 1.1 Overview}), as notes copied from
 * other tools often start at a lower level. {@code # The `model_id` *field*} gives
 * {@code The model_id field}.
 *
 * <p>The load stage only needs block structure and inline text here, which no extension changes,
 * so a bare CommonMark parser does; the note's real parse happens later in the markdown stage.
 */
final class FirstHeading {

    private static final Parser PARSER = Parser.builder().build();

    private FirstHeading() {
    }

    static Optional<String> find(String body) {
        String anyLevel = null;
        for (Node node = PARSER.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String text = PlainText.ofHeading(heading);
                if (text.isBlank()) {
                    continue;
                }
                if (heading.getLevel() == 1) {
                    return Optional.of(text);
                }
                if (anyLevel == null) {
                    anyLevel = text;
                }
            }
        }
        return Optional.ofNullable(anyLevel);
    }
}
