package io.github.coursenotes.deck;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the course's images get in Anki's media folder. That folder is flat and shared by every
 * deck of the learner's collection, so a name is the course's slug and the image's path in the site
 * joined by hyphens ({@code my-course-basics-diagram.svg}): unique within the course, unlikely to
 * meet another deck's file. Names keep only letters, digits, {@code .}, {@code -} and {@code _}
 * (Anki removes or refuses others), in Unicode NFC as Anki stores them, and stay short of Anki's
 * length limit.
 */
public final class AnkiMediaNames {

    private static final int MAX_BYTES = 100;

    private AnkiMediaNames() {
    }

    /** A name for each path in the site (e.g. {@code basics/diagram.svg}); the same paths always get the same names. */
    public static Map<String, String> of(String course, Collection<String> sitePaths) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String path : new TreeSet<>(sitePaths)) {
            String name = name(course + "-" + path.replace('/', '-'));
            if (!taken.add(name)) {
                name = withSuffix(name, Integer.toHexString(path.hashCode()));
                int counter = 2;
                while (!taken.add(name)) {
                    name = withSuffix(name, Integer.toString(counter++));
                }
            }
            names.put(path, name);
        }
        return names;
    }

    private static String name(String text) {
        String name = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]", "_")
                .replaceAll("^[._]+", "");
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String hash = Integer.toHexString(name.hashCode());
        String stem = name.substring(0, name.length() - extension.length());
        while ((stem + "-" + hash + extension).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + "-" + hash + extension;
    }

    private static String withSuffix(String name, String suffix) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
    }
}
