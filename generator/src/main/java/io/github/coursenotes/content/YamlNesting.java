package io.github.coursenotes.content;

/**
 * A cheap upper bound on how deeply a YAML text nests, checked before parsing: snakeyaml-engine
 * composes nodes recursively and has no depth limit, so {@code [[[[...} or {@code - - - ...}
 * thousands of times would overflow the stack. A level of nesting needs an open bracket, a block
 * indicator ({@code - }, {@code ? }) or a column of indentation, so their sum bounds the depth.
 * Brackets inside quotes are not counted; those inside block scalars are (a harmless overestimate).
 */
final class YamlNesting {

    /** Far beyond the flat {@code key: value} map a note's front matter is. */
    static final int LIMIT = 64;

    private YamlNesting() {
    }

    /** The 0-based index of the first line where the bound exceeds {@link #LIMIT}, or -1. */
    static int firstTooDeepLine(String yaml) {
        String[] lines = yaml.split("\n", -1);
        int flowDepth = 0;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            int column = 0;
            while (column < line.length() && (line.charAt(column) == ' ' || line.charAt(column) == '\t')) {
                column++;
            }
            int blockDepth = column;
            while (column + 1 < line.length() && (line.charAt(column) == '-' || line.charAt(column) == '?')
                    && line.charAt(column + 1) == ' ') {
                blockDepth++;
                column += 2;
            }
            flowDepth = flowDepthAfter(line, flowDepth);
            if (blockDepth + flowDepth > LIMIT) {
                return index;
            }
        }
        return -1;
    }

    private static int flowDepthAfter(String line, int depth) {
        char quote = 0;
        int maximum = depth;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
                maximum = Math.max(maximum, depth);
                if (maximum > LIMIT) {
                    return maximum;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
