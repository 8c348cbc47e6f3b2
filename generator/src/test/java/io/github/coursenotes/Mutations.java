package io.github.coursenotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random input for the fuzz tests, from a seeded {@link Random} so that every run tries the same
 * cases and a failure names the case that reproduces it: random text, and mutations of real notes
 * (character flips, line deletions and duplications, and insertions of the fragments that matter to
 * our parsers: {@code ---}, fences, braces, YAML, task-list markers...).
 */
public final class Mutations {

    /** Multiplies the number of cases each fuzz test tries: {@code -Dcoursenotes.fuzz.scale=50} for a long run. */
    public static final int SCALE = Integer.getInteger("coursenotes.fuzz.scale", 1);

    private static final List<String> FRAGMENTS = List.of("---", "...", "```", "````", "~~~", "```card",
            "```card cloze", "```card truefalse id=x", "```card choice", "```card order id=", "```card bogus a=b",
            "{{", "}}", "{{}}", "{{a|b}}", "{{ | }}", "- [x] ", "- [ ] ", "1. ", "0) ", "true", "false",
            "title: [", "title: 'x", "summary: {a: 1}", "weight: 9999999999999", "draft: maybe", "? ", ": ",
            "&anchor ", "*alias", "!!binary", "%YAML 1.2", "\t", "\r", "\r\n", "\u0000", "\uFEFF", "\uD800",
            "# ", "## ", "> ", "<div>", "</div>", "<!--", "](", "[", "![", "](#", "[^1]", "[^1]: note", "*", "**",
            "`", "\\", "|", "| --- |", "&amp;", "&#0;", "https://example.org", "../../x.md", "#anchor");

    private static final String ALPHABET = "abc XYZ 019 -_*`~#>|:!?[](){}<>&;'\"\\/=+.\n\n\t\r\u00e9\u00df\u4e2d\ud83d\ude00\u0000\u200b";

    private Mutations() {
    }

    /** Up to {@code maxLength} characters: letters, Markdown and YAML punctuation, line breaks, odd Unicode. */
    public static String randomText(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            if (random.nextInt(8) == 0) {
                text.append(fragment(random));
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    /** {@code text} with one to eight random mutations. */
    public static String mutate(String text, Random random) {
        String result = text;
        for (int count = 1 + random.nextInt(8); count > 0; count--) {
            result = mutateOnce(result, random);
        }
        return result;
    }

    private static String mutateOnce(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        switch (random.nextInt(5)) {
            case 0 -> {
                if (text.isEmpty()) {
                    return fragment(random);
                }
                char flipped = (char) (text.charAt(at) ^ (1 << random.nextInt(16)));
                return text.substring(0, at) + flipped + text.substring(at + 1);
            }
            case 1 -> lines.remove(line);
            case 2 -> lines.add(line, lines.get(line));
            case 3 -> lines.add(line, fragment(random));
            default -> {
                return text.substring(0, at) + fragment(random) + text.substring(at);
            }
        }
        return String.join("\n", lines);
    }

    private static String fragment(Random random) {
        return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    }
}
