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
    private final List<BuildNote> notes = Collections.synchronizedList(new ArrayList<>());

    public void error(String file, int line, int column, String message) {
        items.add(new Diagnostic(file, line, column, Severity.ERROR, message));
    }

    public void warning(String file, int line, int column, String message) {
        items.add(new Diagnostic(file, line, column, Severity.WARNING, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Records a note for the log: not a diagnostic, never fails the build. */
    public void note(BuildNote.Level level, String message) {
        notes.add(new BuildNote(level, message));
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

    /** The notes, sorted (warnings after information) and de-duplicated. */
    public List<BuildNote> notes() {
        synchronized (notes) {
            return notes.stream().distinct().sorted().toList();
        }
    }
}
