package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.text.PlainText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Turns a fenced {@code card} block into a {@link CardBlock}, or reports why it is malformed. */
public final class CardReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Parser parser;
    private final Diagnostics diagnostics;

    public CardReader(Parser parser, Diagnostics diagnostics) {
        this.parser = parser;
        this.diagnostics = diagnostics;
    }

    /** Whether the fence is a card: its info string's first word is {@code card}. */
    public static boolean isCard(FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
        return info.equals("card") || info.startsWith("card ") || info.startsWith("card\t");
    }

    public Optional<CardBlock> read(FencedCodeBlock fence, CardContext context) {
        FenceLine opening = FenceLine.of(fence, context);
        Optional<CardInfo> info = CardInfo.parse(opening, context.label(), diagnostics);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        List<CardSection> sections = CardSections.split(fence.getLiteral(), opening.line() + 1);
        CardType type = info.get().type();
        Diagnostics local = new Diagnostics();
        CardBuilder builder = new CardBuilder(parser, local, context, opening);
        Optional<CardBlock> block = switch (type) {
            case FLIP -> builder.flip(sections);
            case CLOZE -> builder.cloze(sections);
            case TRUEFALSE -> builder.trueFalse(sections);
            case CHOICE -> builder.choice(sections);
            case ORDER -> builder.order(sections);
        };
        local.sorted().forEach(diagnostics::add);
        if (block.isEmpty() || local.hasErrors()) {
            return Optional.empty();
        }
        String id = info.get().id() != null ? info.get().id() : CardIds.derive(context.pageKey(),
                block.get().card().promptText());
        return Optional.of(builder.withId(block.get(), id));
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        new PlainText(text).visitChildren(node);
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
