package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Builds the {@link CardBlock} of each card type from its sections, checking the type's rules. */
final class CardBuilder {

    private final Parser parser;
    private final Diagnostics diagnostics;
    private final CardContext context;
    private final int line;
    private final int column;

    CardBuilder(Parser parser, Diagnostics diagnostics, CardContext context, int line, int column) {
        this.parser = parser;
        this.diagnostics = diagnostics;
        this.context = context;
        this.line = line;
        this.column = column;
    }

    Optional<CardBlock> flip(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a flip card needs a question, '---', then the answer")) {
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        CardBlock block = block(CardType.FLIP, prompt, false);
        block.appendChild(prompt);
        block.appendChild(part(sections.get(1), CardPart.Role.ANSWER, false));
        explanation(block, sections, 2);
        return Optional.of(block);
    }

    Optional<CardBlock> cloze(List<CardSection> sections) {
        if (!expectSections(sections, 1, 2, "a cloze card is one text with {{blanks}}, optionally '---' and an explanation")) {
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        int blanks = ClozeBlanks.replace(prompt, context.label(), sections.get(0).line(), diagnostics);
        if (blanks == 0) {
            diagnostics.error(context.label(), line, column, "cloze card has no blanks: write them as {{answer}}");
            return Optional.empty();
        }
        CardBlock block = block(CardType.CLOZE, prompt, false);
        block.appendChild(prompt);
        explanation(block, sections, 1);
        return Optional.of(block);
    }

    Optional<CardBlock> trueFalse(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a true/false card needs a statement, '---', then 'true' or 'false'")) {
            return Optional.empty();
        }
        String answer = sections.get(1).text().strip().toLowerCase(Locale.ROOT);
        if (!answer.equals("true") && !answer.equals("false")) {
            diagnostics.error(context.label(), firstTextLine(sections.get(1)), 1,
                    "the answer of a true/false card must be 'true' or 'false', found '" + abbreviate(answer) + "'");
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        CardBlock block = block(CardType.TRUEFALSE, prompt, answer.equals("true"));
        block.appendChild(prompt);
        explanation(block, sections, 2);
        return Optional.of(block);
    }

    Optional<CardBlock> choice(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "a choice card needs a question, '---', then options '- [x] right' / '- [ ] wrong'")) {
            return Optional.empty();
        }
        Optional<List<CardItems.Item>> options = CardItems.options(sections.get(1), context.label(), diagnostics);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        if (options.get().size() < 2) {
            diagnostics.error(context.label(), firstTextLine(sections.get(1)), 1, "a choice card needs at least two options");
            return Optional.empty();
        }
        if (options.get().stream().noneMatch(CardItems.Item::correct)) {
            diagnostics.error(context.label(), firstTextLine(sections.get(1)), 1,
                    "a choice card needs at least one right option, marked '- [x]'");
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        CardBlock block = block(CardType.CHOICE, prompt, false);
        block.appendChild(prompt);
        for (CardItems.Item option : options.get()) {
            block.appendChild(part(new CardSection(option.text(), option.line()), CardPart.Role.OPTION, option.correct()));
        }
        explanation(block, sections, 2);
        return Optional.of(block);
    }

    Optional<CardBlock> order(List<CardSection> sections) {
        if (!expectSections(sections, 2, 3, "an ordering card needs a question, '---', then numbered steps in the right order")) {
            return Optional.empty();
        }
        Optional<List<CardItems.Item>> steps = CardItems.steps(sections.get(1), context.label(), diagnostics);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        if (steps.get().size() < 2) {
            diagnostics.error(context.label(), firstTextLine(sections.get(1)), 1, "an ordering card needs at least two steps");
            return Optional.empty();
        }
        CardPart prompt = part(sections.get(0), CardPart.Role.PROMPT, false);
        CardBlock block = block(CardType.ORDER, prompt, false);
        block.appendChild(prompt);
        for (CardItems.Item step : steps.get()) {
            block.appendChild(part(new CardSection(step.text(), step.line()), CardPart.Role.STEP, false));
        }
        explanation(block, sections, 2);
        return Optional.of(block);
    }

    /** A copy of {@code block} carrying its final id. */
    CardBlock withId(CardBlock block, String id) {
        Card card = block.card();
        CardBlock copy = new CardBlock(new Card(id, card.type(), card.label(), card.line(), card.column(),
                card.trueFalse(), card.promptText()));
        copy.setSourceSpans(block.getSourceSpans());
        Node child = block.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            copy.appendChild(child);
            child = next;
        }
        return copy;
    }

    private CardBlock block(CardType type, CardPart prompt, boolean trueFalse) {
        return new CardBlock(new Card(null, type, context.label(), line, column, trueFalse,
                CardReader.plainText(prompt)));
    }

    private void explanation(CardBlock block, List<CardSection> sections, int index) {
        if (sections.size() > index) {
            block.appendChild(part(sections.get(index), CardPart.Role.EXPLANATION, false));
        }
    }

    private boolean expectSections(List<CardSection> sections, int min, int max, String grammar) {
        if (sections.size() > max) {
            diagnostics.error(context.label(), sections.get(max).line() - 1, 1,
                    "too many '---' separators in card: " + grammar);
            return false;
        }
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).isBlank()) {
                String what = i == 0 ? "question" : i < min ? "answer" : "explanation";
                // an empty answer is reported at the '---' before it: the section itself may start past the end of the file
                diagnostics.error(context.label(), i == 0 ? line : sections.get(i).line() - 1, 1,
                        "card has an empty " + what + ": " + grammar);
                return false;
            }
        }
        if (sections.size() < min) {
            diagnostics.error(context.label(), line, column, "card has no answer: " + grammar);
            return false;
        }
        return true;
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

    private static int firstTextLine(CardSection section) {
        String[] lines = section.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return section.line() + i;
            }
        }
        return section.line();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
