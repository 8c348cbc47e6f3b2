package io.github.coursenotes.render;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes the characters a site-relative URL may not hold as they are. Pages have URL-safe
 * slugs, but assets keep their file names ({@code Bild mit Leerzeichen.svg}, {@code 50%.png}), and a
 * raw space or {@code %} in an {@code href} is invalid HTML and breaks in some browsers. Letters of
 * any script stay readable (HTML allows them in URLs); spaces, controls and URL syntax characters
 * that cannot appear literally are encoded as UTF-8 {@code %XX}.
 */
final class HrefEncoding {

    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/";
    private static final String FRAGMENT_SAFE = PATH_SAFE + "?";

    private HrefEncoding() {
    }

    /** Encodes {@code target}, a path with an optional {@code #fragment}. */
    static String encode(String target) {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return encode(target, PATH_SAFE);
        }
        return encode(target.substring(0, hash), PATH_SAFE) + "#" + encode(target.substring(hash + 1), FRAGMENT_SAFE);
    }

    private static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (isLiteral(codePoint, safe)) {
                out.appendCodePoint(codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    private static boolean isLiteral(int codePoint, String safe) {
        if (codePoint < 0x80) {
            return Character.isLetterOrDigit(codePoint) || safe.indexOf(codePoint) >= 0;
        }
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
