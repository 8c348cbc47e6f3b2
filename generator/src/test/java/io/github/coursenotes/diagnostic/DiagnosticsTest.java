package io.github.coursenotes.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void collectsEverythingSortedAndWithoutRepeats() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("content/b.md", 4, 2, "second");
        diagnostics.warning("content/a.md", 9, 1, "first");
        diagnostics.error("content/b.md", 4, 2, "second");
        diagnostics.add(new Diagnostic("content/a.md", 1, 1, Severity.ERROR, "zeroth"));
        assertEquals(List.of("content/a.md:1:1: zeroth", "content/a.md:9:1: warning: first", "content/b.md:4:2: second"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void warningsAloneAreNoErrors() {
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(diagnostics.hasErrors());
        diagnostics.warning("f", 1, 1, "w");
        assertFalse(diagnostics.hasErrors());
        diagnostics.error("f", 1, 1, "e");
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void theSnapshotIsImmutable() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("f", 1, 1, "e");
        List<Diagnostic> snapshot = diagnostics.sorted();
        diagnostics.error("g", 1, 1, "later");
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(snapshot.get(0)));
    }

    @Test
    void parallelStagesMayReportAtOnce() {
        Diagnostics diagnostics = new Diagnostics();
        IntStream.range(0, 10_000).parallel().forEach(i -> diagnostics.error("f" + (i % 7), i, 1, "m" + i));
        assertEquals(10_000, diagnostics.sorted().size());
    }
}
