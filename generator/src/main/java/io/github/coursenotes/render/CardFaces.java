package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardPart;
import io.github.coursenotes.cards.ClozeBlank;
import io.github.coursenotes.cards.StepShuffle;
import io.github.coursenotes.deck.DeckCard;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;

/**
 * The two faces of a card for the deck exports, as HTML:
 * <ul>
 * <li>flip: the question / the answer;</li>
 * <li>cloze: the text with each blank shown as {@code […]} / the text with the answers marked
 *     (and, for Anki, the text with {@code {{c1::answer}}} blanks);</li>
 * <li>true/false: the statement and "True or false?" / True or False;</li>
 * <li>choice: the question and its options / the right options;</li>
 * <li>ordering: the question and the steps shuffled as on the site / the steps in order.</li>
 * </ul>
 */
final class CardFaces {

    /** How the card renderer writes a blank; replaced here by a face of the answer. */
    private static final Pattern BLANK_INPUT = Pattern.compile("<input\\b[^>]*\\bclass=\"cloze-blank\"[^>]*>");
    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)<p>((?:(?!<p[ >]).)*)</p>");

    /**
     * Stands for the links' prefix when a card is rendered once for several exports
     * ({@link #withPrefix}); the parser turns NUL in notes into U+FFFD, so no card's HTML has one.
     */
    static final String PREFIX_MARK = "\u0000";

    private final NoteHtmlRenderer noteHtml;
    private final String rootPrefix;

    /** @param rootPrefix prepended to links inside the cards: {@code ""} (site root) or the site URL */
    CardFaces(NoteHtmlRenderer noteHtml, String rootPrefix) {
        this.noteHtml = noteHtml;
        this.rootPrefix = rootPrefix;
    }

    DeckCard render(LocatedCard located) {
        CardBlock block = located.block();
        ParsedPage page = located.page();
        String prompt = part(page, block.parts(CardPart.Role.PROMPT).get(0));
        String front;
        String back;
        String clozeText = "";
        switch (block.card().type()) {
            case FLIP -> {
                front = prompt;
                back = part(page, block.parts(CardPart.Role.ANSWER).get(0));
            }
            case CLOZE -> {
                List<List<String>> blanks = blanks(block.parts(CardPart.Role.PROMPT).get(0));
                front = replaceBlanks(prompt, blanks, answers -> "<span class=\"cloze-gap\">[…]</span>");
                back = replaceBlanks(prompt, blanks, answers -> "<mark class=\"cloze-answer\">" + HtmlEscape.escape(answers.get(0)) + "</mark>");
                clozeText = replaceBlanks(prompt, blanks, answers -> "{{c1::" + HtmlEscape.escape(answers.get(0)) + "}}");
            }
            case TRUEFALSE -> {
                front = prompt + "<p class=\"card-question\">True or false?</p>\n";
                back = "<p class=\"card-solution\"><strong>" + (block.card().trueFalse() ? "True" : "False") + "</strong></p>\n";
            }
            case CHOICE -> {
                List<CardPart> options = block.parts(CardPart.Role.OPTION);
                front = prompt + list(page, "ul", "card-options", options);
                back = list(page, "ul", "card-solution-list", options.stream().filter(CardPart::correct).toList());
            }
            case ORDER -> {
                List<CardPart> steps = block.parts(CardPart.Role.STEP);
                List<CardPart> shuffled = StepShuffle.order(block.card().id(), steps.size()).stream().map(steps::get).toList();
                front = prompt + list(page, "ul", "card-options", shuffled);
                back = list(page, "ol", "card-solution-list", steps);
            }
            default -> throw new IllegalStateException("unknown card type " + block.card().type());
        }
        StringBuilder explanation = new StringBuilder();
        for (CardPart part : block.parts(CardPart.Role.EXPLANATION)) {
            explanation.append("<div class=\"card-explanation\">").append(part(page, part)).append("</div>\n");
        }
        return new DeckCard(located.id(), block.card().type().keyword(), located.chapter(), page.page().title(),
                page.page().outputPath(), located.anchor(), located.section(), front, back, explanation.toString(),
                clozeText);
    }

    /** The card rendered with {@link #PREFIX_MARK} as its prefix, with {@code rootPrefix} in its place. */
    static DeckCard withPrefix(DeckCard card, String rootPrefix) {
        return new DeckCard(card.id(), card.type(), card.chapter(), card.pageTitle(), card.pageUrl(), card.anchor(),
                card.section(), card.front().replace(PREFIX_MARK, rootPrefix), card.back().replace(PREFIX_MARK, rootPrefix),
                card.explanation().replace(PREFIX_MARK, rootPrefix), card.clozeText().replace(PREFIX_MARK, rootPrefix));
    }

    private String part(ParsedPage page, CardPart part) {
        return noteHtml.render(page, part, rootPrefix);
    }

    private String list(ParsedPage page, String tag, String cssClass, List<CardPart> items) {
        StringBuilder html = new StringBuilder("<" + tag + " class=\"" + cssClass + "\">\n");
        for (CardPart item : items) {
            html.append("<li>").append(inline(page, item)).append("</li>\n");
        }
        return html.append("</").append(tag).append(">\n").toString();
    }

    /** An option or step without the paragraph around it when it is a single paragraph. */
    private String inline(ParsedPage page, CardPart item) {
        String html = part(page, item).strip();
        Matcher matcher = SINGLE_PARAGRAPH.matcher(html);
        return matcher.matches() ? matcher.group(1) : html;
    }

    private static List<List<String>> blanks(CardPart prompt) {
        List<List<String>> blanks = new ArrayList<>();
        prompt.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof ClozeBlank blank) {
                    blanks.add(blank.answers());
                }
                visitChildren(node);
            }
        });
        return blanks;
    }

    private static String replaceBlanks(String html, List<List<String>> blanks, Function<List<String>, String> face) {
        Matcher matcher = BLANK_INPUT.matcher(html);
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= blanks.size()) {
                throw new IllegalStateException("more blank inputs than blanks in " + html);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(face.apply(blanks.get(index++))));
        }
        matcher.appendTail(out);
        if (index != blanks.size()) {
            throw new IllegalStateException("expected " + blanks.size() + " blanks in " + html);
        }
        return out.toString();
    }
}
