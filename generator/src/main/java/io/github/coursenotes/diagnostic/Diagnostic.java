package io.github.coursenotes.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the author's input, located as {@code path:line:column}.
 *
 * @param file    path of the file, relative to the project (forward slashes)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: message}, warnings marked with {@code warning:}. */
    public String format() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + prefix + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
