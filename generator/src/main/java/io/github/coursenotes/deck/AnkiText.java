package io.github.coursenotes.deck;

import io.github.coursenotes.output.HtmlEscape;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The deck as a tab-separated text file that Anki imports (File › Import) with one note per card,
 * for those who prefer a text import to {@code cards.apkg} ({@link AnkiPackage}). Header lines tell
 * Anki the separator, that fields are HTML, and which columns hold the note's GUID (so importing a
 * newer build updates the notes instead of duplicating them), note type, deck and tags. Cloze cards
 * become notes of type Cloze with every blank as {@code {{c1::answer}}} (one Anki card hiding all
 * blanks, as on the site, written by {@link AnkiCloze}); the others become Basic notes. Each chapter
 * is a subdeck of the course's deck. The note types are named as in an English Anki: a text import
 * finds note types by name, and Anki in another language names its stock note types otherwise.
 *
 * <p>A card keeps its GUID while its type changes between the kinds of Basic notes; a card that
 * becomes a cloze card, or stops being one, gets a new GUID and so a new note, since Anki cannot
 * move a note to another note type on import.
 *
 * <p>Columns: GUID, note type, deck, Front (Cloze: Text), Back (Cloze: Back Extra), tags. A field
 * holding a double quote, tab or line break is quoted the CSV way, with inner quotes doubled.
 */
public final class AnkiText {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    public static final String HEADER = """
            #separator:tab
            #html:true
            #guid column:1
            #notetype column:2
            #deck column:3
            #tags column:6
            """;

    private AnkiText() {
    }

    /**
     * @param siteTitle the course title: the deck name and the GUID and tag prefix
     * @param siteUrl   the published site's URL ending in {@code /}, for the links back to the notes; or {@code null}
     */
    public static String write(String siteTitle, String siteUrl, List<DeckCard> cards) {
        StringBuilder out = new StringBuilder(HEADER);
        String course = slug(siteTitle);
        for (DeckCard card : cards) {
            String source = source(card, siteUrl);
            List<String> fields = List.of(
                    course + "/" + card.id() + (card.isCloze() ? "/cloze" : ""),
                    card.isCloze() ? "Cloze" : "Basic",
                    card.chapter().ankiDeck(siteTitle),
                    AnkiHtml.math(card.isCloze() ? card.clozeText() : card.front()),
                    AnkiHtml.math((card.isCloze() ? "" : card.back()) + card.explanation()) + source,
                    tag(course, card.chapter()));
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : "\t").append(field(fields.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String source(DeckCard card, String siteUrl) {
        String chapter = card.chapter().title();
        String where = HtmlEscape.escape(chapter.equals(card.pageTitle()) ? chapter : chapter + " › " + card.pageTitle());
        if (siteUrl == null) {
            return "<p class=\"card-source\">" + where + "</p>";
        }
        return "<p class=\"card-source\"><a href=\"" + HtmlEscape.escape(siteUrl + card.href()) + "\">" + where + "</a></p>";
    }

    static String field(String value) {
        String flat = value.strip();
        if (flat.indexOf('"') < 0 && flat.indexOf('\t') < 0 && flat.indexOf('\n') < 0 && flat.indexOf('\r') < 0) {
            return flat;
        }
        return '"' + flat.replace("\"", "\"\"") + '"';
    }

    /** The tag of a chapter's notes, e.g. {@code my-course::basics}. */
    public static String tag(String course, DeckChapter chapter) {
        return course + "::" + slug(chapter.slug());
    }

    /** Lowercase words joined by hyphens: safe in a tag or GUID. */
    public static String slug(String text) {
        String slug = EDGE_DASHES.matcher(NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "course" : slug;
    }
}
