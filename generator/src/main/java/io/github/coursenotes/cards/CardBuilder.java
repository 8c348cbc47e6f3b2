package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Builds the parts of each card type from its sections, checking the type's rules. */
final class CardBuilder {

    /**
     * What a card's sections make: its type, its parts in order (the prompt first) and, for a
     * true/false card, whether the statement is true.
     */
    record Content(CardType type, List<CardPart> parts, boolean trueFalse) {

        CardPart prompt() {
            return parts.get(0);
        }
    }


    private final Parser parser;
    private final Diagnostics diagnostics;
    private final CardContext context;
    private final int line;
    private final int column;

    CardBuilder(Parser parser, Diagnostics diagnostics, CardContext context, FenceLine fence) {
        this.parser = parser;
        this.diagnostics = diagnostics;
        this.context = context;
        this.line = fence.line();
        this.column = fence.column();
    }

    Optional<Content> flip(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a flip card needs a question, '---', then the answer")) {
            return Optional.empty();
        }
        List<CardPart> parts = new ArrayList<>();
        parts.add(part(sections.get(0), CardPart.Role.PROMPT, false));
        parts.add(part(sections.get(1), CardPart.Role.ANSWER, false));
        explanation(parts, sections, 2);
        return Optional.of(new Content(CardType.FLIP, parts, false));
    }

    Optional<Content> cloze(List<CardSection> sections) {
        if (!expectSections(sections, 1, 2, "a cloze card is one text with {{blanks}}, optionally '---' and an explanation")) {
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        int blanks = ClozeBlanks.replace(prompt, context.bodyLine(), this::error);
        if (blanks == 0 && !diagnostics.hasErrors()) {
            diagnostics.error(context.label(), line, column, "cloze card has no blanks: write them as {{answer}}");
        }
        if (blanks == 0) {
            return Optional.empty();
        }
        List<CardPart> parts = new ArrayList<>(List.of(prompt));
        explanation(parts, sections, 1);
        return Optional.of(new Content(CardType.CLOZE, parts, false));
    }

    Optional<Content> trueFalse(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a true/false card needs a statement, '---', then 'true' or 'false'")) {
            return Optional.empty();
        }
        String answer = sections.get(1).text().strip().toLowerCase(Locale.ROOT);
        if (!answer.equals("true") && !answer.equals("false")) {
            errorAtText(sections.get(1),
                    "the answer of a true/false card must be 'true' or 'false', found '" + abbreviate(answer) + "'");
            return Optional.empty();
        }
        List<CardPart> parts = new ArrayList<>(List.of(part(sections.get(0), CardPart.Role.PROMPT, false)));
        explanation(parts, sections, 2);
        return Optional.of(new Content(CardType.TRUEFALSE, parts, answer.equals("true")));
    }

    Optional<Content> choice(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a choice card needs a question, '---', then options '- [x] right' / '- [ ] wrong'")) {
            return Optional.empty();
        }
        Optional<List<CardItems.Item>> options = CardItems.options(sections.get(1), this::error);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        if (options.get().size() < 2) {
            errorAtText(sections.get(1), "a choice card needs at least two options");
            return Optional.empty();
        }
        if (options.get().stream().noneMatch(CardItems.Item::correct)) {
            errorAtText(sections.get(1), "a choice card needs at least one right option, marked '- [x]'");
            return Optional.empty();
        }
        List<CardPart> parts = new ArrayList<>(List.of(part(sections.get(0), CardPart.Role.PROMPT, false)));
        for (CardItems.Item option : options.get()) {
            parts.add(part(new CardSection(option.text(), option.line()), CardPart.Role.OPTION, option.correct()));
        }
        explanation(parts, sections, 2);
        return Optional.of(new Content(CardType.CHOICE, parts, false));
    }

    Optional<Content> order(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "an ordering card needs a question, '---', then numbered steps in the right order")) {
            return Optional.empty();
        }
        Optional<List<CardItems.Item>> steps = CardItems.steps(sections.get(1), this::error);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        if (steps.get().size() < 2) {
            errorAtText(sections.get(1), "an ordering card needs at least two steps");
            return Optional.empty();
        }
        List<CardPart> parts = new ArrayList<>(List.of(part(sections.get(0), CardPart.Role.PROMPT, false)));
        for (CardItems.Item step : steps.get()) {
            parts.add(part(new CardSection(step.text(), step.line()), CardPart.Role.STEP, false));
        }
        explanation(parts, sections, 2);
        return Optional.of(new Content(CardType.ORDER, parts, false));
    }

    private void explanation(List<CardPart> parts, List<CardSection> sections, int index) {
        if (sections.size() > index) {
            parts.add(part(sections.get(index), CardPart.Role.EXPLANATION, false));
        }
    }

    private boolean expectSections(List<CardSection> sections, int min, int max, String grammar) {
        if (sections.size() > max) {
            error(sections.get(max).line() - 1, 1, "too many '---' separators in card: " + grammar);
            return false;
        }
        if (sections.get(0).isBlank()) {
            diagnostics.error(context.label(), line, column, "card has an empty question: " + grammar);
            return false;
        }
        for (int i = 1; i < sections.size(); i++) {
            if (sections.get(i).isBlank()) {
                String what = i < min ? "answer" : "explanation";
                error(sections.get(i).line() - 1, 1, "card has an empty " + what + " after this '---'"
                        + ": " + grammar);
                return false;
            }
        }
        if (sections.size() < min) {
            diagnostics.error(context.label(), line, column, "card has no answer: " + grammar);
            return false;
        }
        return true;
    }

    /** Reports a problem inside the card; {@code textColumn} counts within the card's text. */
    private void error(int fileLine, int textColumn, String message) {
        diagnostics.error(context.label(), fileLine, column - 1 + textColumn, message);
    }

    private void errorAtText(CardSection section, String message) {
        error(section.firstTextLine(), section.firstTextColumn(), message);
    }

    private CardPart part(CardSection section, CardPart.Role role, boolean correct) {
        CardPart part = new CardPart(role, correct);
        Node document = parser.parse(section.text());
        SourceSpanShifter.shift(document, section.line() - context.bodyLine());
        Node child = document.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            part.appendChild(child);
            child = next;
        }
        return part;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
