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
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;

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
     * Where a blank goes in a cloze card's text as rendered once ({@link CardPieces}), to be filled in
     * for each face: the gap, the answer, or Anki's blank (whose text around the blanks is escaped,
     * {@link AnkiCloze#escapeText}, and whose blanks are not). A NUL, which no note's HTML holds (the
     * Markdown parser turns NUL into U+FFFD). The one mark the rendering writes.
     */
    static final String BLANK = "\u0000";

    private final NoteHtmlRenderer noteHtml;

    CardFaces(NoteHtmlRenderer noteHtml) {
        this.noteHtml = noteHtml;
    }

    /** The card's faces for {@code place}; for a cloze card also its text in Anki's form. */
    DeckCard faces(LocatedCard located, Place place) {
        return faces(located, pieces(located, place));
    }

    /** The card's faces from its pieces rendered for the export's place. */
    static DeckCard faces(LocatedCard located, CardPieces pieces) {
        CardBlock block = located.block();
        String front = pieces.prompt();
        String back;
        String clozeText = "";
        switch (pieces.type()) {
            case FLIP -> back = pieces.answer();
            case CLOZE -> {
                front = fill(pieces, answers -> "<span class=\"cloze-gap\">[…]</span>");
                back = fill(pieces, answers -> "<mark class=\"cloze-answer\">" + HtmlEscape.escape(answers.get(0)) + "</mark>");
                clozeText = ankiCloze(pieces, UnaryOperator.identity());
            }
            case TRUEFALSE -> {
                front += "<p class=\"card-question\">True or false?</p>\n";
                back = "<p class=\"card-solution\"><strong>" + (block.card().trueFalse() ? "True" : "False")
                        + "</strong></p>\n";
            }
            case CHOICE -> {
                front += list("ul", "card-options", pieces.options().stream().map(CardParts.Option::html).toList());
                back = list("ul", "card-solution-list", pieces.options().stream().filter(CardParts.Option::correct)
                        .map(CardParts.Option::html).toList());
            }
            case ORDER -> {
                List<String> steps = pieces.steps();
                front += list("ul", "card-options", StepShuffle.order(block.card().id(), steps.size()).stream()
                        .map(steps::get).toList());
                back = list("ol", "card-solution-list", steps);
            }
            default -> throw new IllegalStateException("unknown card type " + pieces.type());
        }
        StringBuilder explanation = new StringBuilder();
        for (String part : pieces.explanations()) {
            explanation.append("<div class=\"card-explanation\">").append(part).append("</div>\n");
        }
        CheckedPage page = located.page();
        return new DeckCard(located.id(), block.card().type().keyword(), located.chapter(), page.page().title(),
                page.page().outputPath(), located.anchor(), located.section(), front, back, explanation.toString(),
                clozeText);
    }

    /**
     * The card's pieces for {@code place}, each through {@code field} (Anki's form of formulas); a cloze
     * card's text in Anki's form.
     */
    CardParts parts(LocatedCard located, Place place, UnaryOperator<String> field) {
        return parts(located, pieces(located, place), field);
    }

    /** The same from pieces already rendered for the place. */
    static CardParts parts(LocatedCard located, CardPieces pieces, UnaryOperator<String> field) {
        return new CardParts(pieces.type(),
                pieces.type() == CardType.CLOZE ? ankiCloze(pieces, field) : field.apply(pieces.prompt()),
                pieces.answer().isEmpty() ? "" : field.apply(pieces.answer()),
                pieces.options().stream().map(option -> new CardParts.Option(field.apply(option.html()), option.correct()))
                        .toList(),
                pieces.steps().stream().map(field).toList(),
                StepShuffle.order(located.block().card().id(), pieces.steps().size()),
                located.block().card().trueFalse(), pieces.explanations().stream().map(field).toList());
    }

    /**
     * Each piece of the card rendered once for {@code place}: the faces and the fields of every
     * export are assembled from these (rendering is most of an export's cost, and a piece rendered
     * part by part costs the renderer's set-up each time).
     */
    CardPieces pieces(LocatedCard located, Place place) {
        CardBlock block = located.block();
        CheckedPage page = located.page();
        CardPart prompt = block.parts(CardPart.Role.PROMPT).get(0);
        List<List<String>> blanks = new ArrayList<>();
        String promptHtml = block.card().type() == CardType.CLOZE
                ? part(page, prompt, place.withBlanks(answers -> {
                    blanks.add(answers);
                    return BLANK;
                }))
                : part(page, prompt, place);
        return new CardPieces(block.card().type(), promptHtml, List.copyOf(blanks),
                block.parts(CardPart.Role.ANSWER).stream().map(answer -> part(page, answer, place)).findFirst().orElse(""),
                block.parts(CardPart.Role.OPTION).stream()
                        .map(option -> new CardParts.Option(item(page, option, place), option.correct())).toList(),
                block.parts(CardPart.Role.STEP).stream().map(step -> item(page, step, place)).toList(),
                block.parts(CardPart.Role.EXPLANATION).stream().map(part -> part(page, part, place)).toList());
    }

    /**
     * Whether the card's HTML can differ between places: it has a link, an image or raw HTML (whose
     * {@code href} and {@code src} are written for the place, see {@code RawHtmlLinks}). A card without any is the same in every
     * export, so its pieces are rendered once for all of them.
     */
    static boolean dependsOnPlace(CardBlock block) {
        boolean[] found = {false};
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] = true;
            }

            @Override
            public void visit(Image image) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A cloze card's text with each blank written by {@code blank} from its answers. */
    private static String fill(CardPieces pieces, Function<List<String>, String> blank) {
        return fillBlanks(pieces.prompt(), pieces.blanks(), blank);
    }

    private static String fillBlanks(String html, List<List<String>> blanks, Function<List<String>, String> blank) {
        StringBuilder out = new StringBuilder(html.length() + 32 * blanks.size());
        int copied = 0;
        for (List<String> answers : blanks) {
            int at = html.indexOf(BLANK, copied);
            out.append(html, copied, at).append(blank.apply(answers));
            copied = at + BLANK.length();
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * A cloze card's text in Anki's form: each blank {@code {{c1::answer}}}, and every other
     * {@code {{} written so that it opens no blank; {@code field} is applied before the escaping.
     */
    private static String ankiCloze(CardPieces pieces, UnaryOperator<String> field) {
        return fillBlanks(AnkiCloze.escapeText(field.apply(pieces.prompt())), pieces.blanks(), AnkiCloze::blank);
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
