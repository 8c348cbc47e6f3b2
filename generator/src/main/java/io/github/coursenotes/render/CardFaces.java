package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardPart;
import io.github.coursenotes.cards.CardType;
import io.github.coursenotes.cards.StepShuffle;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.deck.AnkiCloze;
import io.github.coursenotes.deck.DeckCard;
import io.github.coursenotes.output.HtmlEscape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Renders a card's pieces for the deck exports ({@link CardParts}) and, from them, the two faces of
 * a card, as HTML for a {@link Place} (links relative to the site root, absolute, or Anki's media):
 * <ul>
 * <li>flip: the question / the answer;</li>
 * <li>cloze: the text with each blank shown as {@code […]} / the text with the answers marked
 *     (and, for Anki, the text with {@code {{c1::answer}}} blanks, see {@link AnkiCloze});</li>
 * <li>true/false: the statement and "True or false?" / True or False;</li>
 * <li>choice: the question and its options / the right options;</li>
 * <li>ordering: the question and the steps shuffled as on the site / the steps in order.</li>
 * </ul>
 */
final class CardFaces {

    /**
     * Where a blank goes in a cloze card's text for Anki, whose text around the blanks is escaped
     * ({@link AnkiCloze#escapeText}) and whose blanks are not: a NUL, which no note's HTML holds (the
     * Markdown parser turns NUL into U+FFFD). The one mark the rendering writes.
     */
    private static final String BLANK = "\u0000";

    private final NoteHtmlRenderer noteHtml;

    CardFaces(NoteHtmlRenderer noteHtml) {
        this.noteHtml = noteHtml;
    }

    /** The card's faces for {@code place}; for a cloze card also its text in Anki's form. */
    DeckCard faces(LocatedCard located, Place place) {
        CardBlock block = located.block();
        CheckedPage page = located.page();
        CardPart prompt = block.parts(CardPart.Role.PROMPT).get(0);
        String front = part(page, prompt, place);
        String back;
        String clozeText = "";
        switch (block.card().type()) {
            case FLIP -> back = part(page, block.parts(CardPart.Role.ANSWER).get(0), place);
            case CLOZE -> {
                front = part(page, prompt, place.withBlanks(answers -> "<span class=\"cloze-gap\">[…]</span>"));
                back = part(page, prompt, place.withBlanks(answers -> "<mark class=\"cloze-answer\">"
                        + HtmlEscape.escape(answers.get(0)) + "</mark>"));
                clozeText = ankiCloze(page, prompt, place, UnaryOperator.identity());
            }
            case TRUEFALSE -> {
                front += "<p class=\"card-question\">True or false?</p>\n";
                back = "<p class=\"card-solution\"><strong>" + (block.card().trueFalse() ? "True" : "False")
                        + "</strong></p>\n";
            }
            case CHOICE -> {
                List<CardPart> options = block.parts(CardPart.Role.OPTION);
                front += list("ul", "card-options", options.stream().map(option -> item(page, option, place)).toList());
                back = list("ul", "card-solution-list", options.stream().filter(CardPart::correct)
                        .map(option -> item(page, option, place)).toList());
            }
            case ORDER -> {
                List<String> steps = block.parts(CardPart.Role.STEP).stream().map(step -> item(page, step, place)).toList();
                front += list("ul", "card-options", StepShuffle.order(block.card().id(), steps.size()).stream()
                        .map(steps::get).toList());
                back = list("ol", "card-solution-list", steps);
            }
            default -> throw new IllegalStateException("unknown card type " + block.card().type());
        }
        StringBuilder explanation = new StringBuilder();
        for (CardPart part : block.parts(CardPart.Role.EXPLANATION)) {
            explanation.append("<div class=\"card-explanation\">").append(part(page, part, place)).append("</div>\n");
        }
        return new DeckCard(located.id(), block.card().type().keyword(), located.chapter(), page.page().title(),
                page.page().outputPath(), located.anchor(), located.section(), front, back, explanation.toString(),
                clozeText);
    }

    /**
     * The card's pieces for {@code place}, each through {@code field} (Anki's form of formulas); a cloze
     * card's text in Anki's form.
     */
    CardParts parts(LocatedCard located, Place place, UnaryOperator<String> field) {
        CardBlock block = located.block();
        CheckedPage page = located.page();
        Function<CardPart, String> html = part -> field.apply(part(page, part, place));
        Function<CardPart, String> itemHtml = item -> field.apply(item(page, item, place));
        CardPart prompt = block.parts(CardPart.Role.PROMPT).get(0);
        List<String> steps = block.parts(CardPart.Role.STEP).stream().map(itemHtml).toList();
        return new CardParts(block.card().type(),
                block.card().type() == CardType.CLOZE ? ankiCloze(page, prompt, place, field) : html.apply(prompt),
                block.parts(CardPart.Role.ANSWER).stream().map(html).findFirst().orElse(""),
                block.parts(CardPart.Role.OPTION).stream()
                        .map(option -> new CardParts.Option(itemHtml.apply(option), option.correct())).toList(),
                steps, StepShuffle.order(block.card().id(), steps.size()), block.card().trueFalse(),
                block.parts(CardPart.Role.EXPLANATION).stream().map(html).toList());
    }

    /**
     * A cloze card's text in Anki's form: each blank {@code {{c1::answer}}}, and every other
     * {@code {{} written so that it opens no blank; {@code field} is applied before the escaping.
     */
    private String ankiCloze(CheckedPage page, CardPart prompt, Place place, UnaryOperator<String> field) {
        List<List<String>> blanks = new ArrayList<>();
        String html = AnkiCloze.escapeText(field.apply(part(page, prompt, place.withBlanks(answers -> {
            blanks.add(answers);
            return BLANK;
        }))));
        StringBuilder out = new StringBuilder(html.length() + 32 * blanks.size());
        int copied = 0;
        for (List<String> answers : blanks) {
            int at = html.indexOf(BLANK, copied);
            out.append(html, copied, at).append(AnkiCloze.blank(answers));
            copied = at + BLANK.length();
        }
        return out.append(html, copied, html.length()).toString();
    }

    private String part(CheckedPage page, CardPart part, Place place) {
        return noteHtml.render(page, part, place);
    }

    /** An option or step, as an item of a list: without a paragraph around it when it is one ({@code CardNodeRenderer}). */
    private String item(CheckedPage page, CardPart item, Place place) {
        return part(page, item, place).strip();
    }

    /** A list of options or steps. */
    static String list(String tag, String cssClass, List<String> items) {
        return list(tag, cssClass, items, item -> "");
    }

    /** A list whose items get a class each ({@code itemClass} returns "" for none). */
    static String list(String tag, String cssClass, List<String> items, Function<Integer, String> itemClass) {
        StringBuilder html = new StringBuilder("<" + tag + " class=\"" + cssClass + "\">\n");
        for (int i = 0; i < items.size(); i++) {
            String itemCss = itemClass.apply(i);
            html.append(itemCss.isEmpty() ? "<li>" : "<li class=\"" + itemCss + "\">").append(items.get(i)).append("</li>\n");
        }
        return html.append("</").append(tag).append(">\n").toString();
    }
}
