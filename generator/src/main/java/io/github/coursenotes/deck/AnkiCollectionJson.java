package io.github.coursenotes.deck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON columns of an Anki schema-11 collection besides the note types: the collection's
 * configuration, its decks, its deck options and its tags, with the keys older Anki versions read.
 */
final class AnkiCollectionJson {

    private AnkiCollectionJson() {
    }

    static Map<String, Object> configuration(int cardCount) {
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("activeDecks", List.of(1L));
        conf.put("curDeck", 1L);
        conf.put("newSpread", 0);
        conf.put("collapseTime", 1200);
        conf.put("timeLim", 0);
        conf.put("estTimes", true);
        conf.put("dueCounts", true);
        conf.put("curModel", AnkiNoteType.BASIC.id());
        conf.put("nextPos", cardCount + 1);
        conf.put("sortType", "noteFld");
        conf.put("sortBackwards", false);
        conf.put("addToCur", true);
        return conf;
    }

    /** Anki's Default deck and the package's decks, by id. */
    static Map<String, Object> decks(List<AnkiDeck> decks, Map<String, Long> deckIds, List<AnkiNote> notes,
                                     long collectionModified) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("1", deck(1L, "Default", "", collectionModified));
        // the latest change per deck, in one pass over the notes (not one per deck)
        Map<String, Long> latest = new HashMap<>();
        notes.forEach(note -> latest.merge(note.deck(), note.modified(), Math::max));
        for (AnkiDeck deck : decks) {
            long modified = latest.getOrDefault(deck.name(), collectionModified);
            long id = deckIds.get(deck.name());
            all.put(Long.toString(id), deck(id, deck.name(), deck.description(), modified));
        }
        return all;
    }

    private static Map<String, Object> deck(long id, String name, String description, long modified) {
        Map<String, Object> deck = new LinkedHashMap<>();
        deck.put("id", id);
        deck.put("mod", modified);
        deck.put("name", name);
        deck.put("usn", 0);
        deck.put("lrnToday", List.of(0, 0));
        deck.put("revToday", List.of(0, 0));
        deck.put("newToday", List.of(0, 0));
        deck.put("timeToday", List.of(0, 0));
        deck.put("collapsed", false);
        deck.put("browserCollapsed", false);
        deck.put("desc", description);
        deck.put("dyn", 0);
        deck.put("conf", 1L);
        deck.put("extendNew", 0);
        deck.put("extendRev", 0);
        return deck;
    }

    /** Anki's default options, the only ones: the learner's own options apply to the imported decks. */
    static Map<String, Object> deckOptions() {
        Map<String, Object> newCards = new LinkedHashMap<>();
        newCards.put("bury", false);
        newCards.put("delays", List.of(1.0, 10.0));
        newCards.put("initialFactor", 2500);
        newCards.put("ints", List.of(1, 4, 0));
        newCards.put("order", 1);
        newCards.put("perDay", 20);
        newCards.put("separate", true);
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("bury", false);
        reviews.put("ease4", 1.3);
        reviews.put("ivlFct", 1.0);
        reviews.put("maxIvl", 36500);
        reviews.put("perDay", 200);
        reviews.put("hardFactor", 1.2);
        reviews.put("fuzz", 0.05);
        reviews.put("minSpace", 1);
        Map<String, Object> lapses = new LinkedHashMap<>();
        lapses.put("delays", List.of(10.0));
        lapses.put("leechAction", 1);
        lapses.put("leechFails", 8);
        lapses.put("minInt", 1);
        lapses.put("mult", 0.0);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("id", 1L);
        options.put("mod", AnkiNoteTypes.MODIFIED);
        options.put("name", "Default");
        options.put("usn", 0);
        options.put("maxTaken", 60);
        options.put("autoplay", true);
        options.put("timer", 0);
        options.put("replayq", true);
        options.put("new", newCards);
        options.put("rev", reviews);
        options.put("lapse", lapses);
        options.put("dyn", false);
        return Map.of("1", options);
    }

    /** Every tag the notes use, sorted, with its update sequence number (0). */
    static Map<String, Object> tags(List<AnkiNote> notes) {
        Map<String, Object> tags = new TreeMap<>();
        notes.forEach(note -> note.tags().forEach(tag -> tags.put(tag, 0)));
        return tags;
    }
}
