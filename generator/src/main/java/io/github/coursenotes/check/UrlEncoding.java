package io.github.coursenotes.check;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes the path and the fragment of a resolved link the way the Markdown renderer
 * encodes the URLs it writes, so a file named {@code my diagram.svg} or {@code c#.txt} turns into
 * neither a space nor a fragment in the link.
 */
final class UrlEncoding {

    private static final String KEPT = "-._~/!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {
    }

    /** {@code basics/c#.txt} and fragment {@code part 1} become {@code basics/c%23.txt#part%201}. */
    static String href(String path, String fragment) {
        return encode(path) + (fragment == null || fragment.isEmpty() ? "" : "#" + encode(fragment));
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
