package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a card's source at lines that are exactly {@code ---}, ignoring those inside code fences. */
final class CardSections {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private CardSections() {
    }

    static List<CardSection> split(String literal, int firstLine) {
        List<CardSection> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = firstLine;
        String fence = null;
        String[] lines = literal.split("\n", -1);
        int count = literal.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            Matcher matcher = FENCE.matcher(line);
            if (matcher.find()) {
                String marker = matcher.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            if (fence == null && line.strip().equals("---")) {
                sections.add(new CardSection(current.toString(), start));
                current.setLength(0);
                start = firstLine + i + 1;
            } else {
                current.append(line).append('\n');
            }
        }
        sections.add(new CardSection(current.toString(), start));
        return sections;
    }
}
