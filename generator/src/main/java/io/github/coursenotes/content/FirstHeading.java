package io.github.coursenotes.content;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
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
                String text = text(heading);
                if (!text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
