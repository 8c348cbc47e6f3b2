package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.Optional;

/** The info string of a card fence, {@code card [type] [id=ID]}. */
record CardInfo(CardType type, String id) {

    static Optional<CardInfo> parse(String info, String label, int line, int column, Diagnostics diagnostics) {
        String[] words = info.strip().split("\\s+");
        CardType type = null;
        String id = null;
        boolean valid = true;
        int infoColumn = column + 3;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            int wordColumn = infoColumn + info.indexOf(word);
            int equals = word.indexOf('=');
            if (equals >= 0) {
                String key = word.substring(0, equals);
                String value = unquote(word.substring(equals + 1));
                if (!key.equals("id")) {
                    diagnostics.error(label, line, wordColumn, "unknown card attribute '" + key
                            + "' (the only attribute is id=...)");
                    valid = false;
                } else if (!CardReader.isValidId(value)) {
                    diagnostics.error(label, line, wordColumn, "invalid card id '" + value
                            + "': use letters, digits, '-', '_' or '.'");
                    valid = false;
                } else {
                    id = value;
                }
            } else if (type != null) {
                diagnostics.error(label, line, wordColumn, "card has two types: '" + type.keyword() + "' and '"
                        + word + "'");
                valid = false;
            } else {
                Optional<CardType> known = CardType.fromKeyword(word);
                if (known.isEmpty()) {
                    diagnostics.error(label, line, wordColumn, "unknown card type '" + word + "' (expected one of "
                            + CardType.keywords() + ")");
                    valid = false;
                } else {
                    type = known.get();
                }
            }
        }
        return valid ? Optional.of(new CardInfo(type == null ? CardType.FLIP : type, id)) : Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
