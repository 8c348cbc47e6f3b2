package io.github.coursenotes.content;

import io.github.coursenotes.text.PlainText;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Finds the plain text of a note's first top-level level-one heading ({@code # Title} or a
 * {@code ===} underlined one), as a reader sees it: {@code # The `model_id` *field*} gives
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
        for (Node node = PARSER.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                String text = PlainText.ofHeading(heading);
                if (!text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}
