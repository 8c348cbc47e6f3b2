package io.github.coursenotes.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the text of a note's first level-one ATX heading ({@code # Title}), outside code fences. */
final class FirstHeading {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}# +(.*?)(?: +#+)? *$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private FirstHeading() {
    }

    static Optional<String> find(String body) {
        String fence = null;
        for (String line : body.split("\n")) {
            Matcher fenceMatcher = FENCE.matcher(line);
            if (fenceMatcher.find()) {
                String marker = fenceMatcher.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (fence == null) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches() && !heading.group(1).isBlank()) {
                    return Optional.of(heading.group(1).replaceAll("[*_`]", "").strip());
                }
            }
        }
        return Optional.empty();
    }
}
