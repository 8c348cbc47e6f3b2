package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the options of a choice card ({@code - [x] right}) or the steps of an ordering card ({@code 1. step}). */
final class CardItems {

    /** One option or step: its Markdown, its first line in the file, and (for options) whether it is right. */
    record Item(String text, int line, boolean correct) {
    }

    private static final Pattern OPTION = Pattern.compile("^ {0,3}[-*+] \\[([ xX])\\][ \\t]+(.*)$");
    private static final Pattern STEP = Pattern.compile("^ {0,3}\\d{1,9}[.)][ \\t]+(.*)$");

    private CardItems() {
    }

    static Optional<List<Item>> options(CardSection section, CardProblems problems) {
        return read(section, OPTION, true, problems,
                "expected an option line '- [x] right answer' or '- [ ] wrong answer'");
    }

    static Optional<List<Item>> steps(CardSection section, CardProblems problems) {
        return read(section, STEP, false, problems,
                "expected a numbered step '1. first step' (write the steps in the right order)");
    }

    private static Optional<List<Item>> read(CardSection section, Pattern itemStart, boolean isOption,
                                             CardProblems problems, String expectation) {
        List<Item> items = new ArrayList<>();
        StringBuilder text = null;
        int itemLine = 0;
        boolean correct = false;
        boolean valid = true;
        String[] lines = section.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher matcher = itemStart.matcher(line);
            if (matcher.matches()) {
                if (text != null) {
                    items.add(new Item(text.toString(), itemLine, correct));
                }
                text = new StringBuilder(matcher.group(isOption ? 2 : 1)).append('\n');
                itemLine = section.line() + i;
                correct = isOption && !matcher.group(1).equals(" ");
            } else if (line.isBlank()) {
                if (text != null) {
                    text.append('\n');
                }
            } else if (text != null && Character.isWhitespace(line.charAt(0))) {
                text.append(line.replaceFirst("^ {1,4}|^\\t", "")).append('\n');
            } else {
                int column = line.length() - line.stripLeading().length() + 1;
                problems.error(section.line() + i, column, expectation + ", found '" + line.strip() + "'");
                valid = false;
            }
        }
        if (text != null) {
            items.add(new Item(text.toString(), itemLine, correct));
        }
        return valid ? Optional.of(items) : Optional.empty();
    }
}
