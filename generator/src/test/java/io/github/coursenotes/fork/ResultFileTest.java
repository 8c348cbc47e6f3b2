package io.github.coursenotes.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFileTest {

    @TempDir
    Path folder;

    @Test
    void aResultSurvivesTheTrip() throws Exception {
        String long70k = "é𝄞x".repeat(20_000); // over writeUTF's 64 KB, with a surrogate pair across chunks
        BuildResult result = new BuildResult(List.of(
                new Diagnostic("content/a.md", 3, 7, Severity.ERROR, "link to missing.md: no such note"),
                new Diagnostic("content/ü b.md", 0, 0, Severity.WARNING, long70k),
                new Diagnostic("templates/note.ftlh", 12, 1, Severity.ERROR, "")),
                false, 12, 3, 40, 1234, List.of(new BuildNote(BuildNote.Level.INFO, "search index: 1.0 KB"),
                        new BuildNote(BuildNote.Level.WARNING, "no sitemap without a site URL")));
        Path file = folder.resolve("result.bin");
        ResultFile.write(result, file);
        assertEquals(result, ResultFile.read(file));
    }

    @Test
    void aFailureComesBackAsTheSameMessage() throws Exception {
        Path file = folder.resolve("result.bin");
        ResultFile.writeFailure("cannot write site/index.html: No space left on device", file);
        IOException thrown = assertThrows(IOException.class, () -> ResultFile.read(file));
        assertEquals("cannot write site/index.html: No space left on device", thrown.getMessage());
    }
}
