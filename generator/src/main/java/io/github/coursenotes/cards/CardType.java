package io.github.coursenotes.cards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of self-check card, named as in the fence's info string. */
public enum CardType {
    FLIP("flip", "Flip card"),
    CLOZE("cloze", "Fill in the blanks"),
    TRUEFALSE("truefalse", "True or false?"),
    CHOICE("choice", "Multiple choice"),
    ORDER("order", "Put in order");

    private final String keyword;
    private final String label;

    CardType(String keyword, String label) {
        this.keyword = keyword;
        this.label = label;
    }

    /** The word used in the info string, e.g. {@code truefalse}. */
    public String keyword() {
        return keyword;
    }

    /** How the card introduces itself to the learner. */
    public String label() {
        return label;
    }

    public static Optional<CardType> fromKeyword(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.keyword.equals(wanted)).findFirst();
    }

    static String keywords() {
        return Arrays.stream(values()).map(CardType::keyword).collect(Collectors.joining(", "));
    }
}
