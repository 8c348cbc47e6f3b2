package io.github.coursenotes.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests what a broken link meant: a file of the course with the same name in another folder,
 * the name with or without its number prefix ({@code labels.md} for {@code 01-labels.md}), or a
 * name one or two typos away; written as the path from the linking note's folder, so it can be
 * pasted as it is whatever the note's depth.
 */
final class LinkSuggestion {

    private LinkSuggestion() {
    }

    /**
     * @param fromFolder the linking note's folder under {@code content/} ({@code ""} or ending in {@code /})
     * @param wanted     the path the link resolved to, which does not exist
     * @param existing   the source paths of the course's notes and files
     * @return {@code " (did you mean '../../02-data/01-labels.md'?)"}, or empty
     */
    static String suggest(String fromFolder, String wanted, Collection<String> existing) {
        String name = fileName(wanted);
        return existing.stream()
                .map(path -> new Candidate(path, score(name, fileName(path), wanted, path)))
                .filter(candidate -> candidate.score() >= 0)
                .min(Comparator.comparingInt(Candidate::score).thenComparing(Candidate::path))
                .map(candidate -> " (did you mean '" + UrlEncoding.encode(relative(fromFolder, candidate.path())) + "'?)")
                .orElse("");
    }

    private record Candidate(String path, int score) {
    }

    /**
     * Lower is closer; -1 for no match. The same name in another folder beats the same name with
     * another number prefix, which beats a typo; a typo counts only in names of five letters or more
     * (after the prefix and extension), one per five letters up to two, so {@code 01-x.md} never
     * stands for {@code 01-y.md}.
     */
    private static int score(String wantedName, String name, String wanted, String path) {
        String a = wantedName.toLowerCase(Locale.ROOT);
        String b = name.toLowerCase(Locale.ROOT);
        int folders = folderOf(wanted).equals(folderOf(path)) ? 0 : 1;
        if (a.equals(b)) {
            return folders;
        }
        String baseA = base(a);
        String baseB = base(b);
        if (baseA.equals(baseB) && !baseA.isEmpty() && extension(a).equals(extension(b))) {
            return 2 + folders;
        }
        int allowed = Math.min(2, baseA.length() / 5);
        int typos = AnchorSuggestion.distance(baseA, baseB);
        return allowed > 0 && typos <= allowed && extension(a).equals(extension(b)) ? 4 + typos + folders : -1;
    }

    /** The name without number prefix and extension: {@code labels} for {@code 01-labels.md}. */
    private static String base(String name) {
        String withoutExtension = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return withoutExtension.replaceFirst("^\\d+[-_. ]+", "");
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    }

    /**
     * The path from {@code fromFolder} to {@code target}, both relative to {@code content/}:
     * {@code ../../02-data/labels.md} from {@code 01-a/02-b/}.
     */
    static String relative(String fromFolder, String target) {
        boolean folder = target.endsWith("/");
        List<String> from = segments(fromFolder);
        List<String> to = segments(target);
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        String path = "../".repeat(from.size() - common) + String.join("/", to.subList(common, to.size()));
        return folder ? path + "/" : path;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        return segments;
    }

    private static String fileName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }
}
