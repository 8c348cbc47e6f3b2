package io.github.coursenotes.deck;

import java.util.List;

/**
 * One note of the Anki package: a card of the course.
 *
 * @param guid     stable across builds, so that a newer package updates the note (see {@link #guid(String, String, String)})
 * @param fields   the note type's fields in order, as HTML ready for Anki
 * @param deck     the full name of its deck, e.g. {@code Course::Chapter}
 * @param tags     tags without spaces
 * @param modified when the note's content last changed, in seconds since the epoch: Anki updates a
 *                 note it has only from a package whose note is newer
 */
public record AnkiNote(String guid, AnkiNoteType type, List<String> fields, String deck, List<String> tags,
                       long modified) {

    public AnkiNote {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
        if (fields.size() != type.fields().size()) {
            throw new IllegalArgumentException(type.displayName() + " has " + type.fields().size() + " fields, not "
                    + fields.size());
        }
    }

    /**
     * The GUID of a card's note: the same for the same course, card id and card type. A card whose
     * type changes gets a new note (Anki cannot move a note to another note type on import).
     */
    public static String guid(String course, String cardId, String cardType) {
        return AnkiGuid.of("coursenotes/" + course + "/" + cardId + "/" + cardType);
    }
}
