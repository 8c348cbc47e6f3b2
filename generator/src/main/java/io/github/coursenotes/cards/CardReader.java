package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.text.PlainText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads the text of a card fence on its page: checks its info string and sections, parses each
 * section as Markdown of its own, and gives the {@link CardBlock} its card and parts; or reports,
 * at the exact line and column, why it is not a card.
 */
public final class CardReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Parser sections;
    private final Diagnostics diagnostics;

    /** @param sections parses a card's sections: the notes' parser without the card syntax (a card inside a card is code) */
    public CardReader(Parser sections, Diagnostics diagnostics) {
        this.sections = sections;
        this.diagnostics = diagnostics;
    }

    /** Reads {@code block}; returns whether it is a card (when not, its problems have been reported). */
    public boolean read(CardBlock block, CardContext context) {
        FenceLine opening = FenceLine.of(block, context.bodyLine());
        Optional<CardInfo> info = CardInfo.parse(opening, context.label(), diagnostics);
        if (info.isEmpty()) {
            return false;
        }
        List<CardSection> parts = CardSections.split(block.text(), opening.line() + 1);
        Diagnostics local = new Diagnostics();
        CardBuilder builder = new CardBuilder(sections, local, context, opening);
        Optional<CardBuilder.Content> content = switch (info.get().type()) {
            case FLIP -> builder.flip(parts);
            case CLOZE -> builder.cloze(parts);
            case TRUEFALSE -> builder.trueFalse(parts);
            case CHOICE -> builder.choice(parts);
            case ORDER -> builder.order(parts);
        };
        local.sorted().forEach(diagnostics::add);
        if (content.isEmpty() || local.hasErrors()) {
            return false;
        }
        String promptText = plainText(content.get().prompt());
        String id = info.get().id() != null ? info.get().id() : CardIds.derive(context.pageKey(), promptText);
        block.read(new Card(id, content.get().type(), context.label(), opening.line(), opening.column(),
                content.get().trueFalse(), promptText), content.get().parts());
        return true;
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        new PlainText(text).visitChildren(node);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
