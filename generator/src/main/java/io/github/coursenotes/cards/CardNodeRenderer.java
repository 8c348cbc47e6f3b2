package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders cards as semantic HTML that works without JavaScript: the question, the learner's input
 * (blanks, options, shuffled steps) and a {@code <details>} that reveals the answer. The theme's
 * {@code cards.js} enhances it with checking, grading and progress.
 */
public final class CardNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    /** How blanks are written instead of inputs (the exports' faces), or {@code null}. */
    private final Function<List<String>, String> blanks;
    private boolean revealBlanks;

    CardNodeRenderer(HtmlNodeRendererContext context, Function<List<String>, String> blanks) {
        this.context = context;
        this.html = context.getWriter();
        this.blanks = blanks;
    }

    /** Every HTML id the markup of {@code block} uses, so that a page can be checked for clashes. */
    public static List<String> elementIds(CardBlock block) {
        String base = "card-" + block.card().id();
        List<String> ids = new ArrayList<>(List.of(base, base + "-label"));
        if (block.card().type() == CardType.TRUEFALSE) {
            ids.addAll(List.of(base + "-true", base + "-false"));
        }
        List<CardPart> options = block.parts(CardPart.Role.OPTION);
        for (int i = 0; i < options.size(); i++) {
            ids.add(base + "-o" + (i + 1));
            if (!isInline(options.get(i))) {
                ids.add(base + "-o" + (i + 1) + "-text");
            }
        }
        return ids;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CardBlock.class, CardPart.class, ClozeBlank.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof CardBlock block) {
            renderCard(block);
        } else if (node instanceof ClozeBlank blank) {
            renderBlank(blank);
        } else if (node instanceof CardPart part) {
            renderPart(part);
        }
    }

    /**
     * A part rendered on its own, as the exports' faces do (a card renders its parts itself): an option
     * or step that is one paragraph is written without the paragraph, as an item of a list.
     */
    private void renderPart(CardPart part) {
        Node only = part.getFirstChild();
        boolean item = part.role() == CardPart.Role.OPTION || part.role() == CardPart.Role.STEP;
        renderChildren(item && only instanceof Paragraph && only.getNext() == null ? only : part);
    }

    private void renderCard(CardBlock block) {
        if (!block.isRead()) {
            renderUnread(block);
            return;
        }
        Card card = block.card();
        String base = "card-" + card.id();
        html.line();
        html.tag("div", attrs("class", "card card-" + card.type().keyword(), "id", base, "data-card-id", card.id(),
                "data-card-type", card.type().keyword(), "role", "group", "aria-labelledby", base + "-label"));
        html.line();
        html.tag("p", attrs("class", "card-label", "id", base + "-label"));
        html.text("Self-check · " + label(block));
        html.tag("/p");
        html.line();
        html.tag("div", attrs("class", "card-prompt"));
        renderChildren(block.parts(CardPart.Role.PROMPT).get(0));
        html.tag("/div");
        html.line();
        switch (card.type()) {
            case TRUEFALSE -> renderTrueFalseInputs(base, card.trueFalse());
            case CHOICE -> renderOptions(block, base);
            case ORDER -> renderShuffledSteps(block, card.id());
            default -> { }
        }
        html.tag("p", attrs("class", "card-feedback", "role", "status"));
        html.tag("/p");
        html.line();
        html.tag("details", attrs("class", "card-reveal"));
        html.tag("summary");
        html.text("Show answer");
        html.tag("/summary");
        html.tag("div", attrs("class", "card-back"));
        renderBack(block);
        for (CardPart explanation : block.parts(CardPart.Role.EXPLANATION)) {
            html.tag("div", attrs("class", "card-explanation"));
            renderChildren(explanation);
            html.tag("/div");
        }
        html.tag("/div");
        html.tag("/details");
        html.line();
        html.tag("/div");
        html.line();
    }

    /** A fence no page has read (parsed outside a page): shown as the code block it would be without cards. */
    private void renderUnread(CardBlock block) {
        html.line();
        html.tag("pre");
        html.tag("code", attrs("class", "language-card"));
        html.text(block.text());
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }

    private static String label(CardBlock block) {
        if (block.card().type() == CardType.CHOICE) {
            long right = block.parts(CardPart.Role.OPTION).stream().filter(CardPart::correct).count();
            return right > 1 ? "Multiple choice (choose all that apply)" : "Multiple choice (choose one)";
        }
        return block.card().type().label();
    }

    private void renderBack(CardBlock block) {
        switch (block.card().type()) {
            case FLIP -> renderChildren(block.parts(CardPart.Role.ANSWER).get(0));
            case CLOZE -> {
                revealBlanks = true;
                renderChildren(block.parts(CardPart.Role.PROMPT).get(0));
                revealBlanks = false;
            }
            case TRUEFALSE -> {
                html.tag("p", attrs("class", "card-solution"));
                html.text("Answer: ");
                html.tag("strong");
                html.text(block.card().trueFalse() ? "True" : "False");
                html.tag("/strong");
                html.tag("/p");
            }
            case CHOICE -> {
                html.tag("p", attrs("class", "card-solution"));
                html.text("Right answer:");
                html.tag("/p");
                html.tag("ul", attrs("class", "card-solution-list"));
                for (CardPart option : block.parts(CardPart.Role.OPTION)) {
                    if (option.correct()) {
                        html.tag("li");
                        renderItem(option);
                        html.tag("/li");
                    }
                }
                html.tag("/ul");
            }
            case ORDER -> {
                html.tag("p", attrs("class", "card-solution"));
                html.text("Right order:");
                html.tag("/p");
                html.tag("ol", attrs("class", "card-solution-list"));
                for (CardPart step : block.parts(CardPart.Role.STEP)) {
                    html.tag("li");
                    renderItem(step);
                    html.tag("/li");
                }
                html.tag("/ol");
            }
        }
    }

    private void renderTrueFalseInputs(String base, boolean answer) {
        html.tag("fieldset", attrs("class", "card-choices"));
        html.tag("legend", attrs("class", "card-legend"));
        html.text("Your answer");
        html.tag("/legend");
        for (String value : List.of("true", "false")) {
            String id = base + "-" + value;
            html.tag("div", attrs("class", "card-option"));
            html.tag("input", attrs("type", "radio", "name", base, "id", id, "value", value,
                    "data-correct", String.valueOf(value.equals(String.valueOf(answer)))), true);
            html.tag("label", attrs("for", id));
            html.text(value.equals("true") ? "True" : "False");
            html.tag("/label");
            html.tag("/div");
        }
        html.tag("/fieldset");
        html.line();
    }

    private void renderOptions(CardBlock block, String base) {
        List<CardPart> options = block.parts(CardPart.Role.OPTION);
        boolean several = options.stream().filter(CardPart::correct).count() > 1;
        html.tag("fieldset", attrs("class", "card-choices"));
        html.tag("legend", attrs("class", "card-legend"));
        html.text(several ? "Choose all that apply" : "Choose one");
        html.tag("/legend");
        for (int i = 0; i < options.size(); i++) {
            String id = base + "-o" + (i + 1);
            CardPart option = options.get(i);
            Map<String, String> input = attrs("type", several ? "checkbox" : "radio", "name", base, "id", id,
                    "value", String.valueOf(i + 1), "data-correct", String.valueOf(option.correct()));
            html.tag("div", attrs("class", "card-option"));
            if (isInline(option)) {
                html.tag("input", input, true);
                html.tag("label", attrs("for", id));
                renderInline(option);
                html.tag("/label");
            } else {
                // block content (lists, code) may not sit in a <label>: name the input by the block instead
                input.put("aria-labelledby", id + "-text");
                html.tag("input", input, true);
                html.tag("div", attrs("class", "card-option-text", "id", id + "-text"));
                renderChildren(option);
                html.tag("/div");
            }
            html.tag("/div");
        }
        html.tag("/fieldset");
        html.line();
    }

    private void renderShuffledSteps(CardBlock block, String id) {
        List<CardPart> steps = block.parts(CardPart.Role.STEP);
        html.tag("ol", attrs("class", "card-steps"));
        for (int index : StepShuffle.order(id, steps.size())) {
            html.tag("li", attrs("class", "card-step", "data-step", String.valueOf(index + 1)));
            html.tag("div", attrs("class", "card-step-text"));
            renderItem(steps.get(index));
            html.tag("/div");
            html.tag("/li");
        }
        html.tag("/ol");
        html.line();
    }

    private void renderBlank(ClozeBlank blank) {
        if (blanks != null) {
            html.raw(blanks.apply(blank.answers()));
            return;
        }
        if (revealBlanks) {
            html.tag("mark", attrs("class", "cloze-answer"));
            html.text(blank.answers().get(0));
            html.tag("/mark");
            return;
        }
        int size = Math.max(6, blank.answers().stream().mapToInt(String::length).max().orElse(6) + 2);
        html.tag("input", attrs("type", "text", "class", "cloze-blank", "aria-label", "Blank " + blank.number(),
                "data-answers", String.join("|", blank.answers()), "size", String.valueOf(size),
                "autocomplete", "off", "spellcheck", "false"), true);
    }

    /** Renders an option or step inside a list item: inline when it is only paragraphs, else as blocks. */
    private void renderItem(CardPart part) {
        if (isInline(part)) {
            renderInline(part);
        } else {
            renderChildren(part);
        }
    }

    private static boolean isInline(CardPart part) {
        for (Node child = part.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Paragraph)) {
                return false;
            }
        }
        return true;
    }

    /** Renders a part made of paragraphs without their {@code <p>}, for labels and list items. */
    private void renderInline(CardPart part) {
        for (Node child = part.getFirstChild(); child != null; child = child.getNext()) {
            if (child != part.getFirstChild()) {
                html.tag("br", Map.of(), true);
            }
            renderChildren(child);
        }
    }

    private void renderChildren(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        children.forEach(context::render);
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
