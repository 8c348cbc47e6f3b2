package io.github.coursenotes.deck;

/**
 * A deck of the Anki package.
 *
 * @param name        the full name, levels separated by {@code ::}, e.g. {@code Course::Chapter}
 * @param description HTML shown on the deck's overview screen, or empty
 */
public record AnkiDeck(String name, String description) {

    /**
     * A title as one level of a deck name: {@code ::} would start another level, so it becomes
     * {@code :}; blank titles become {@code fallback}.
     */
    public static String level(String title, String fallback) {
        String level = title.replace("::", ":").strip();
        while (level.contains("::")) {
            level = level.replace("::", ":");
        }
        return level.isEmpty() ? fallback : level;
    }
}
