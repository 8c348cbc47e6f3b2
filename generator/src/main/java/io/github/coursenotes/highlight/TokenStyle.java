package io.github.coursenotes.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * The CSS class of each kind of token: six kinds are enough to read code at a glance (the theme
 * gives each a colour in the light and the dark palette); identifiers, operators, punctuation,
 * white space and what the scanner calls errors stay plain.
 */
final class TokenStyle {

    private TokenStyle() {
    }

    /** The class for a token type of {@link TokenTypes}, or null for plain text. */
    static String cssClass(int tokenType) {
        return switch (tokenType) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "hl-comment";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR,
                 TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_DTD,
                 TokenTypes.MARKUP_CDATA_DELIMITER -> "hl-keyword";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA -> "hl-string";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.LITERAL_BOOLEAN,
                 TokenTypes.MARKUP_ENTITY_REFERENCE -> "hl-number";
            case TokenTypes.FUNCTION, TokenTypes.DATA_TYPE, TokenTypes.ANNOTATION, TokenTypes.MARKUP_TAG_NAME,
                 TokenTypes.MARKUP_TAG_DELIMITER -> "hl-name";
            case TokenTypes.VARIABLE, TokenTypes.MARKUP_TAG_ATTRIBUTE -> "hl-variable";
            default -> null;
        };
    }
}
