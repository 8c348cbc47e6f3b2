package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The info string of a card fence, {@code card [type] [id=ID]}; values may be quoted. */
record CardInfo(CardType type, String id) {

    /** A word of the info string and its offset in it. */
    private record Word(String text, int offset) {
    }

    static Optional<CardInfo> parse(FenceLine fence, String label, Diagnostics diagnostics) {
        CardType type = null;
        String id = null;
        boolean valid = true;
        List<Word> words = words(fence.info());
        for (Word word : words.subList(Math.min(1, words.size()), words.size())) {
            int column = fence.infoColumn() + word.offset();
            int equals = word.text().indexOf('=');
            String problem = null;
            if (equals >= 0) {
                String key = word.text().substring(0, equals);
                String value = unquote(word.text().substring(equals + 1));
                if (!key.equals("id")) {
                    problem = "unknown card attribute '" + key + "' (the only attribute is id=...)";
                } else if (id != null) {
                    problem = "card has two ids: '" + id + "' and '" + value + "'";
                } else if (!CardReader.isValidId(value)) {
                    problem = "invalid card id '" + value + "': use letters, digits, '-', '_' or '.', starting with a letter or digit";
                } else {
                    id = value;
                }
            } else if (type != null) {
                problem = "card has two types: '" + type.keyword() + "' and '" + word.text() + "'";
            } else {
                Optional<CardType> known = CardType.fromKeyword(word.text());
                if (known.isEmpty()) {
                    problem = "unknown card type '" + word.text() + "' (expected one of " + CardType.keywords() + ")";
                } else {
                    type = known.get();
                }
            }
            if (problem != null) {
                diagnostics.error(label, fence.line(), column, problem);
                valid = false;
            }
        }
        return valid ? Optional.of(new CardInfo(type == null ? CardType.FLIP : type, id)) : Optional.empty();
    }

    /** Splits at white space, except inside a quoted value ({@code id="a b"} is one word). */
    private static List<Word> words(String info) {
        List<Word> words = new ArrayList<>();
        int index = 0;
        while (index < info.length()) {
            if (Character.isWhitespace(info.charAt(index))) {
                index++;
                continue;
            }
            int start = index;
            char quote = 0;
            while (index < info.length() && (quote != 0 || !Character.isWhitespace(info.charAt(index)))) {
                char current = info.charAt(index);
                if (quote != 0 && current == quote) {
                    quote = 0;
                } else if (quote == 0 && (current == '"' || current == '\'') && index > start
                        && info.charAt(index - 1) == '=') {
                    quote = current;
                }
                index++;
            }
            words.add(new Word(info.substring(start, index), start));
        }
        return words;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
