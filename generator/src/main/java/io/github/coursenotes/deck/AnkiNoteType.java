package io.github.coursenotes.deck;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The course's own Anki note types, one per card type. Their ids and names are fixed: Anki finds
 * them again by id when a newer package is imported, whatever the language of the learner's Anki
 * (a text import names its note types, and stock note types have translated names). The names of
 * the fields and card templates must never change either: Anki compares them to decide whether an
 * imported note type is the one it has, and treats a renamed one as another note type whose notes
 * cannot update the old ones.
 *
 * <p>Every note type ends with the same three fields: the card's explanation, the link back to the
 * notes ({@code Source}) and the card's id in the course ({@code Card ID}, shown nowhere; Anki's
 * Find Duplicates on it finds the old note of a card whose type changed).
 */
public enum AnkiNoteType {
    BASIC(1796515200001L, "coursenotes Basic", "flip", false, List.of("Front", "Back")),
    CLOZE(1796515200002L, "coursenotes Cloze", "cloze", true, List.of("Text")),
    CHOICE(1796515200003L, "coursenotes Choice", "choice", false, List.of("Question", "Options")),
    ORDER(1796515200004L, "coursenotes Order", "order", false, List.of("Question", "Steps", "Shuffled")),
    TRUE_FALSE(1796515200005L, "coursenotes True/False", "truefalse", false, List.of("Statement", "Answer"));

    /** The fields every note type ends with. */
    public static final List<String> COMMON_FIELDS = List.of("Explanation", "Source", "Card ID");

    /** The name of each note type's one card template. */
    public static final String TEMPLATE_NAME = "Card";

    private final long id;
    private final String displayName;
    private final String cardType;
    private final boolean cloze;
    private final List<String> ownFields;

    AnkiNoteType(long id, String displayName, String cardType, boolean cloze, List<String> ownFields) {
        this.id = id;
        this.displayName = displayName;
        this.cardType = cardType;
        this.cloze = cloze;
        this.ownFields = ownFields;
    }

    /** The note type of a card type's keyword ({@code flip}, {@code cloze}, ...). */
    public static AnkiNoteType of(String cardType) {
        for (AnkiNoteType type : values()) {
            if (type.cardType.equals(cardType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no Anki note type for card type " + cardType);
    }

    public long id() {
        return id;
    }

    /** The name the learner sees in Anki, e.g. {@code coursenotes Basic}. */
    public String displayName() {
        return displayName;
    }

    /** The keyword of the card type this note type holds. */
    public String cardType() {
        return cardType;
    }

    /** Whether this is a cloze note type (Anki makes its cards from the blanks of its first field). */
    public boolean isCloze() {
        return cloze;
    }

    /** The names of the fields, in order: this type's own, then {@link #COMMON_FIELDS}. */
    public List<String> fields() {
        return Stream.concat(ownFields.stream(), COMMON_FIELDS.stream()).toList();
    }

    /** The fields the front template shows, by index: a note needs one of them filled to have a card. */
    List<Integer> frontFields() {
        List<String> fields = fields();
        return IntStream.range(0, fields.size())
                .filter(index -> front().contains("{{" + fields.get(index) + "}}")).boxed().toList();
    }

    /**
     * The front template, from the resource {@code anki-<card type>-front.html} beside this class
     * (the templates are HTML files, easier to read and diff than Java strings).
     */
    public String front() {
        return AnkiNoteTypes.resource("anki-" + cardType + "-front.html").stripTrailing();
    }

    /** The back template: {@code anki-<card type>-back.html} and the end every back shares, {@code anki-back-end.html}. */
    public String back() {
        return AnkiNoteTypes.resource("anki-" + cardType + "-back.html")
                + AnkiNoteTypes.resource("anki-back-end.html").stripTrailing();
    }
}
