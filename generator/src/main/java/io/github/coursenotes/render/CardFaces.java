package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardPart;
import io.github.coursenotes.cards.ClozeBlank;
import io.github.coursenotes.cards.StepShuffle;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.deck.AnkiCloze;
import io.github.coursenotes.deck.DeckCard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;

/**
 * Renders a card's pieces ({@link CardParts}) and, from them, the two faces of a card for the
 * deck exports, as HTML:
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
        return faces(parts(located));
    }

    /** Renders each piece of the card once. */
    CardParts parts(LocatedCard located) {
        CardBlock block = located.block();
        CheckedPage page = located.page();
        CardPart promptPart = block.parts(CardPart.Role.PROMPT).get(0);
        String prompt = part(page, promptPart);
        String answer = "";
        List<CardParts.Option> options = List.of();
        List<String> steps = List.of();
        List<Integer> shuffle = List.of();
        List<List<String>> blanks = List.of();
        switch (block.card().type()) {
            case FLIP -> answer = part(page, block.parts(CardPart.Role.ANSWER).get(0));
            case CLOZE -> blanks = blanks(promptPart);
            case TRUEFALSE -> {
                // the statement's truth is all there is to the answer
            }
            case CHOICE -> options = block.parts(CardPart.Role.OPTION).stream()
                    .map(option -> new CardParts.Option(inline(page, option), option.correct())).toList();
            case ORDER -> {
                steps = block.parts(CardPart.Role.STEP).stream().map(step -> inline(page, step)).toList();
                shuffle = StepShuffle.order(block.card().id(), steps.size());
            }
            default -> throw new IllegalStateException("unknown card type " + block.card().type());
        }
        List<String> explanations = block.parts(CardPart.Role.EXPLANATION).stream().map(part -> part(page, part)).toList();
        return new CardParts(located, block.card().type(), prompt, answer, options, steps, shuffle,
                block.card().trueFalse(), blanks, explanations);
    }

    /** The faces of a card from its pieces. */
    static DeckCard faces(CardParts parts) {
        String prompt = parts.prompt();
        String front;
        String back;
        String clozeText = "";
        switch (parts.type()) {
            case FLIP -> {
                front = prompt;
                back = parts.answer();
            }
            case CLOZE -> {
                List<List<String>> blanks = parts.blanks();
                front = replaceBlanks(prompt, blanks, answers -> "<span class=\"cloze-gap\">[…]</span>");
                back = replaceBlanks(prompt, blanks, answers -> "<mark class=\"cloze-answer\">" + HtmlEscape.escape(answers.get(0)) + "</mark>");
                clozeText = replaceBlanks(AnkiCloze.escapeText(prompt), blanks, AnkiCloze::blank);
            }
            case TRUEFALSE -> {
                front = prompt + "<p class=\"card-question\">True or false?</p>\n";
                back = "<p class=\"card-solution\"><strong>" + (parts.truth() ? "True" : "False") + "</strong></p>\n";
            }
            case CHOICE -> {
                front = prompt + list("ul", "card-options", parts.options().stream().map(CardParts.Option::html).toList());
                back = list("ul", "card-solution-list", parts.options().stream().filter(CardParts.Option::correct)
                        .map(CardParts.Option::html).toList());
            }
            case ORDER -> {
                front = prompt + list("ul", "card-options", parts.shuffle().stream().map(parts.steps()::get).toList());
                back = list("ol", "card-solution-list", parts.steps());
            }
            default -> throw new IllegalStateException("unknown card type " + parts.type());
        }
        StringBuilder explanation = new StringBuilder();
        for (String part : parts.explanations()) {
            explanation.append("<div class=\"card-explanation\">").append(part).append("</div>\n");
        }
        LocatedCard located = parts.located();
        CheckedPage page = located.page();
        return new DeckCard(located.id(), parts.type().keyword(), located.chapter(), page.page().title(),
                page.page().outputPath(), located.anchor(), located.section(), front, back, explanation.toString(),
                clozeText);
    }

    /** The card rendered with {@link #PREFIX_MARK} as its prefix, with {@code rootPrefix} in its place. */
    static DeckCard withPrefix(DeckCard card, String rootPrefix) {
        return new DeckCard(card.id(), card.type(), card.chapter(), card.pageTitle(), card.pageUrl(), card.anchor(),
                card.section(), card.front().replace(PREFIX_MARK, rootPrefix), card.back().replace(PREFIX_MARK, rootPrefix),
                card.explanation().replace(PREFIX_MARK, rootPrefix), card.clozeText().replace(PREFIX_MARK, rootPrefix));
    }

    private String part(CheckedPage page, CardPart part) {
        return noteHtml.render(page, part, rootPrefix);
    }

    /** A list of options or steps, each already {@linkplain #inline inline}. */
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

    /** An option or step without the paragraph around it when it is a single paragraph. */
    private String inline(CheckedPage page, CardPart item) {
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

    /** {@code html} with its blanks, in order, replaced by {@code face} of each blank's answers. */
    static String replaceBlanks(String html, List<List<String>> blanks, Function<List<String>, String> face) {
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
