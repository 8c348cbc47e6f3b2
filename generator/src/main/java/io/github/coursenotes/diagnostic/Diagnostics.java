package io.github.coursenotes.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the diagnostics of one build so that all problems are reported together, sorted by
 * location. Safe to share between the threads of a parallel stage.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void error(String file, int line, int column, String message) {
        items.add(new Diagnostic(file, line, column, Severity.ERROR, message));
    }

    public void warning(String file, int line, int column, String message) {
        items.add(new Diagnostic(file, line, column, Severity.WARNING, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public boolean hasErrors() {
        synchronized (items) {
            return items.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** A sorted, de-duplicated, immutable snapshot. */
    public List<Diagnostic> sorted() {
        synchronized (items) {
            return items.stream().distinct().sorted().toList();
        }
    }
}
