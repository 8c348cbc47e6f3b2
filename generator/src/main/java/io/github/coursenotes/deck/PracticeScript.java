package io.github.coursenotes.deck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code practice-cards.js}: every card of the course with its place and HTML, as a classic script
 * setting {@code window.coursenotes.practiceCards}. Only the practice page loads it, so that page's own
 * HTML stays small however many cards the course has; a script (not a JSON file) because pages
 * opened from disk cannot fetch files.
 */
public final class PracticeScript {

    /**
     * One card of the practice deck.
     *
     * @param chapter the key of its top-level chapter (the chapter's URL), for the chapter filter
     * @param chapterTitle the title shown above the card
     * @param where "Page › Section", the text of the link back to the notes
     * @param href the card in the notes, relative to the site root
     * @param html the card as the notes show it, links relative to the site root
     */
    public record Card(String id, String type, String chapter, String chapterTitle, String where, String href,
            String html) {
    }

    private PracticeScript() {
    }

    public static String write(List<Card> cards) {
        List<Object> entries = cards.stream().map(card -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", card.id());
            entry.put("type", card.type());
            entry.put("chapter", card.chapter());
            entry.put("chapterTitle", card.chapterTitle());
            entry.put("where", card.where());
            entry.put("href", card.href());
            entry.put("html", card.html());
            return (Object) entry;
        }).toList();
        return DataScript.assigning("every card of the course, for the practice page", "practiceCards",
                JsonWriter.write(entries));
    }
}
