package io.github.coursenotes.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
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
    /** A version number ({@code 3.0}, {@code 1.2.1}) alone or before a separator: {@code 3.0-intro}, {@code 3.1}. */
    private static final Pattern VERSION = Pattern.compile("^(\\d+(?:\\.\\d+)+)(?:[-_ ]+(?=.)|$)");
    private static final int MAX_SLUG_BYTES = 200;
    private static final Pattern NOT_URL_SAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}._-]+");

    private Names() {
    }

    /** The numeric prefix of {@code 02-data.md} ({@code 2}), or {@link Integer#MAX_VALUE} without one. */
    public static int orderPrefix(String name) {
        Matcher version = VERSION.matcher(stripExtension(name));
        if (version.find()) {
            return parseOrMax(version.group(1).substring(0, version.group(1).indexOf('.')));
        }
        Matcher matcher = PREFIX.matcher(stripExtension(name));
        return matcher.find() ? parseOrMax(matcher.group(1)) : Integer.MAX_VALUE;
    }

    /**
     * The numbers of a version-like name after the first, which {@link #orderPrefix} gives: {@code [1]} for
     * {@code 3.1}, {@code [10]} for {@code 3.10-tuning}; empty for other names. Sorts {@code 3.2} before
     * {@code 3.10}, as a reader counts.
     */
    public static List<Integer> versionOrder(String name) {
        Matcher version = VERSION.matcher(stripExtension(name));
        if (!version.find()) {
            return List.of();
        }
        String[] parts = version.group(1).split("\\.");
        return Arrays.stream(parts).skip(1).map(Names::parseOrMax).toList();
    }

    /** Compares {@link #versionOrder} lists number by number; a shorter list that is a prefix comes first. */
    public static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = Integer.compare(a.get(i), b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int parseOrMax(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLong) {
            return Integer.MAX_VALUE;
        }
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

    /**
     * Whether a file is its folder's introduction: {@code index.md}, or {@code README.md} (in any
     * case), which GitHub shows below a folder's file list.
     */
    public static boolean isIntro(String name) {
        return name.equals("index.md") || name.equalsIgnoreCase("readme.md");
    }

    static String stripExtension(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * The name without extension and order prefix. A version-like name keeps its number when nothing
     * follows it ({@code 3.1} stays {@code 3.1}, not {@code 1}); {@code 3.0-intro} becomes {@code intro}.
     */
    private static String withoutPrefix(String name) {
        String nfc = Normalizer.normalize(stripExtension(name), Normalizer.Form.NFC);
        Matcher version = VERSION.matcher(nfc);
        if (version.find()) {
            return version.end() == nfc.length() && version.end(1) == nfc.length() ? nfc : nfc.substring(version.end());
        }
        return PREFIX.matcher(nfc).replaceFirst("");
    }
}
