package io.github.coursenotes.content;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Splits a note into YAML front matter (between two {@code ---} lines at the top) and body, and
 * reads the known keys: {@code title}, {@code summary}, {@code weight}, {@code draft}.
 */
public final class FrontMatterParser {

    static final Set<String> KNOWN_KEYS = Set.of("title", "summary", "weight", "draft");

    private FrontMatterParser() {
    }

    /** Parses {@code text} (LF line endings); problems are reported against {@code label}. */
    public static SourceFile parse(String text, String label, Diagnostics diagnostics) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new SourceFile(FrontMatter.EMPTY, text, 1);
        }
        String[] lines = text.split("\n", -1);
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error(label, 1, 1, "front matter starts with '---' but has no closing '---' line");
            return new SourceFile(FrontMatter.EMPTY, text, 1);
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close));
        String body = String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length));
        FrontMatter frontMatter = read(yaml, label, diagnostics);
        return new SourceFile(frontMatter, body, close + 2);
    }

    private static FrontMatter read(String yaml, String label, Diagnostics diagnostics) {
        int tooDeep = YamlNesting.firstTooDeepLine(yaml);
        if (tooDeep >= 0) {
            diagnostics.error(label, tooDeep + 2, 1, "front matter nested more than " + YamlNesting.LIMIT
                    + " levels deep; it should be a flat list of 'key: value' lines");
            return FrontMatter.EMPTY;
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(label).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 2).orElse(1);
            int column = e.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(1);
            diagnostics.error(label, line, column, "invalid YAML in front matter: " + e.getProblem());
            return FrontMatter.EMPTY;
        } catch (YamlEngineException e) {
            diagnostics.error(label, 2, 1, "invalid YAML in front matter: " + e.getMessage());
            return FrontMatter.EMPTY;
        }
        if (loaded == null) {
            return FrontMatter.EMPTY;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            diagnostics.error(label, 2, 1, "front matter must be a map of 'key: value' lines, found "
                    + describe(loaded));
            return FrontMatter.EMPTY;
        }
        FrontMatterFields fields = new FrontMatterFields(map, yaml, label, diagnostics);
        for (Object key : map.keySet()) {
            if (!KNOWN_KEYS.contains(String.valueOf(key))) {
                diagnostics.warning(label, fields.lineOf(key), 1, "unknown front matter key '" + key
                        + "' (known keys: draft, summary, title, weight)");
            }
        }
        return new FrontMatter(fields.string("title"), fields.string("summary"), fields.integer("weight"),
                fields.bool("draft"));
    }

    static String describe(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof byte[]) {
            return "binary data";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " value";
    }
}
