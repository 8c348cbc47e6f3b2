package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.diagnostic.BuildNote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manual ({@code generator/docs/}) is a course built by coursenotes itself, with the built-in
 * theme, into {@code target/manual/}: without a single problem or warning.
 */
class ManualIT {

    @Test
    void theManualBuildsWithoutAnyWarning() throws IOException {
        Path generator = Path.of("").toAbsolutePath();
        BuildConfig config = BuildConfig.builder(generator)
                .contentDirectory(generator.resolve("docs"))
                .templatesDirectory(null)
                .outputDirectory(generator.resolve("target/manual"))
                .siteUrl("https://coursenotes.github.io/coursenotes/manual/")
                .failOnWarnings(true)
                .build();
        BuildResult result = SiteBuilder.build(config);
        assertEquals(List.of(), messages(result));
        assertEquals(List.of(), result.notes().stream().filter(note -> note.level() == BuildNote.Level.WARNING).toList());
        assertTrue(result.written());
        assertTrue(result.cards() > 0, "the manual shows cards too");
    }
}
