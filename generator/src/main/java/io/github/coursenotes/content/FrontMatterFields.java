package io.github.coursenotes.content;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.Map;

/** Typed access to the values of a front matter map, reporting values of the wrong type. */
final class FrontMatterFields {

    private final Map<?, ?> map;
    private final String[] yamlLines;
    private final String label;
    private final Diagnostics diagnostics;

    FrontMatterFields(Map<?, ?> map, String yaml, String label, Diagnostics diagnostics) {
        this.map = map;
        this.yamlLines = yaml.split("\n", -1);
        this.label = label;
        this.diagnostics = diagnostics;
    }

    String string(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            wrongType(key, "text", value); // a map, a list, or e.g. !!binary bytes
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    Integer integer(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        wrongType(key, "a whole number", value);
        return null;
    }

    boolean bool(String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        wrongType(key, "true or false", value);
        return false;
    }

    /** The 1-based line of {@code key} in the file (front matter starts on line 2). */
    int lineOf(Object key) {
        String prefix = key + ":";
        for (int i = 0; i < yamlLines.length; i++) {
            if (yamlLines[i].startsWith(prefix)) {
                return i + 2;
            }
        }
        return 2;
    }

    private void wrongType(String key, String expected, Object value) {
        diagnostics.error(label, lineOf(key), 1, "front matter '" + key + "' must be " + expected + ", found "
                + FrontMatterParser.describe(value) + (value instanceof byte[] ? "" : " '" + value + "'"));
    }
}
