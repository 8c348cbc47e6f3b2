package io.github.coursenotes.check;

import io.github.coursenotes.cards.Card;
import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reports card ids used twice in the course: progress is stored by id, so ids must be unique. */
public final class CardIdChecker {

    private CardIdChecker() {
    }

    public static void check(List<ParsedPage> pages, Diagnostics diagnostics) {
        Map<String, Card> seen = new HashMap<>();
        for (ParsedPage page : pages) {
            for (CardBlock block : page.cards()) {
                Card card = block.card();
                Card first = seen.putIfAbsent(card.id(), card);
                if (first != null) {
                    diagnostics.error(card.label(), card.line(), card.column(), "duplicate card id '" + card.id()
                            + "', first used at " + first.label() + ":" + first.line()
                            + "; give one of them another id=");
                }
            }
        }
    }
}
