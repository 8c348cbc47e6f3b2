package io.github.coursenotes.deck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deck.js}: which card ids belong to which chapter, as a classic script setting
 * {@code window.coursenotes.deck}, for the sidebar's progress. It grows with the course, so pages do
 * not reference it: the theme's {@code sidebar-progress.js} adds it to a page only once the learner
 * has progress. A script (not a JSON file) because pages opened from disk cannot fetch files.
 */
public final class DeckScript {

    /** One line of the sidebar that gets a progress count: a chapter (at any depth) or a top-level page. */
    public record Group(String url, String title, List<String> cardIds) {
    }

    private DeckScript() {
    }

    public static String write(List<Group> groups) {
        Map<String, Object> deck = new LinkedHashMap<>();
        deck.put("groups", groups.stream().map(group -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", group.url());
            entry.put("title", group.title());
            entry.put("cards", List.copyOf(group.cardIds()));
            return (Object) entry;
        }).toList());
        return DataScript.assigning("the cards of each chapter, for the sidebar's progress", "deck",
                JsonWriter.write(deck).replace("\n", "\n  "));
    }
}
