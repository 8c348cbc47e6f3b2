package io.github.coursenotes.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How file and folder names become URL segments, order keys and readable titles. The {@code .md}
 * extension is removed first, so its dot is never taken for the separator of a numeric prefix
 * ({@code 2024.md} has no prefix).
 */
public final class Names {

    private static final Pattern PREFIX = Pattern.compile("^(\\d+)[-_. ]+(?=.)");
    private static final int MAX_SLUG_BYTES = 200;
    private static final Pattern NOT_URL_SAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}._-]+");

    private Names() {
    }

    /** The numeric prefix of {@code 02-data.md} ({@code 2}), or {@link Integer#MAX_VALUE} without one. */
    public static int orderPrefix(String name) {
        Matcher matcher = PREFIX.matcher(stripExtension(name));
        if (matcher.find()) {
            try {
                return Integer.parseInt(matcher.group(1));
            } catch (NumberFormatException tooLong) {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * {@code 02-Data Collection.md} becomes {@code data-collection}: no prefix, no extension, URL-safe.
     * Names are first brought to Unicode NFC, so a file saved on macOS (which stores names decomposed)
     * gets the same URL as on Linux, and a link typed with composed characters finds it.
     */
    public static String slug(String name) {
        String base = withoutPrefix(name);
        String slug = NOT_URL_SAFE.matcher(base.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-"))
                .replaceAll("-");
        // no leading or trailing dots: a slug must never be "..", a hidden file or a Windows-hostile name
        slug = shorten(slug.replaceAll("-{2,}", "-")).replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "page" : slug;
    }

    /** At most {@value #MAX_SLUG_BYTES} bytes of UTF-8, so that {@code slug.html} fits any file system's name limit. */
    private static String shorten(String slug) {
        String shortened = slug;
        while (shortened.getBytes(StandardCharsets.UTF_8).length > MAX_SLUG_BYTES) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened;
    }

    /** {@code 03-deployment-patterns} becomes {@code Deployment patterns}. */
    public static String title(String name) {
        String base = withoutPrefix(name).replaceAll("[-_]+", " ").strip();
        if (base.isEmpty()) {
            return name;
        }
        int first = base.codePointAt(0);
        return Character.toString(Character.toTitleCase(first)) + base.substring(Character.charCount(first));
    }

    static String stripExtension(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String withoutPrefix(String name) {
        String nfc = Normalizer.normalize(stripExtension(name), Normalizer.Form.NFC);
        return PREFIX.matcher(nfc).replaceFirst("");
    }
}
