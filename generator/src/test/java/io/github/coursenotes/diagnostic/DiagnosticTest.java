package io.github.coursenotes.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatIsPathLineColumnMessage() {
        assertEquals("content/01-a/02-b.md:12:5: broken anchor '#scopng'",
                new Diagnostic("content/01-a/02-b.md", 12, 5, Severity.ERROR, "broken anchor '#scopng'").format());
    }

    @Test
    void warningsSayso() {
        assertEquals("content/a.md:3:1: warning: unknown front matter key 'x'",
                new Diagnostic("content/a.md", 3, 1, Severity.WARNING, "unknown front matter key 'x'").format());
    }

    @Test
    void wholeFileProblemsPointAtTheFirstLineAndColumn() {
        Diagnostic diagnostic = new Diagnostic("content/a.md", 0, 0, Severity.ERROR, "cannot read file");
        assertEquals(0, diagnostic.line());
        assertEquals("content/a.md:1:1: cannot read file", diagnostic.format());
        assertEquals(diagnostic.format(), diagnostic.toString());
        assertEquals(0, new Diagnostic("f", -3, -1, Severity.ERROR, "m").column());
    }

    @Test
    void errorsAreErrors() {
        assertTrue(new Diagnostic("f", 1, 1, Severity.ERROR, "m").isError());
        assertFalse(new Diagnostic("f", 1, 1, Severity.WARNING, "m").isError());
    }

    @Test
    void sortedByFileThenLineThenColumnThenErrorsFirstThenMessage() {
        List<Diagnostic> sorted = new ArrayList<>(List.of(
                new Diagnostic("content/b.md", 1, 1, Severity.ERROR, "b"),
                new Diagnostic("content/a.md", 10, 1, Severity.ERROR, "line 10"),
                new Diagnostic("content/a.md", 2, 7, Severity.WARNING, "warning at 2:7"),
                new Diagnostic("content/a.md", 2, 7, Severity.ERROR, "z error at 2:7"),
                new Diagnostic("content/a.md", 2, 7, Severity.ERROR, "a error at 2:7"),
                new Diagnostic("content/a.md", 2, 3, Severity.ERROR, "column 3"),
                new Diagnostic("content/a.md", 0, 0, Severity.ERROR, "whole file")));
        sorted.sort(null);
        assertEquals(List.of("whole file", "column 3", "a error at 2:7", "z error at 2:7", "warning at 2:7", "line 10", "b"),
                sorted.stream().map(Diagnostic::message).toList());
    }
}
