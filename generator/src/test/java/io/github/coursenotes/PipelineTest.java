package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages of a build, each on its own: what they return and where their problems go. */
class PipelineTest {

    @TempDir
    Path project;

    private static final String CARD = "```card id=same\nQuestion?\n---\nAnswer.\n```\n";

    @Test
    void parseKeepsTheOrderOfThePagesItIsGiven() throws IOException {
        CourseFiles.in(project).file("index.md", "# Home\n").file("01-a.md", "# A\n").file("02-b.md", "# B\n");
        BuildConfig config = Fixtures.config(project);
        Diagnostics diagnostics = new Diagnostics();
        Course course = Pipeline.load(config, Theme.load(config.templatesDirectory()), diagnostics);
        List<Page> reversed = new ArrayList<>(course.pagesInOrder());
        Collections.reverse(reversed);
        List<ParsedPage> parsed = Pipeline.parse(config, reversed, diagnostics);
        assertEquals(List.of("02-b.md", "01-a.md", "index.md"),
                parsed.stream().map(page -> page.page().sourcePath()).toList());
    }

    @Test
    void checkReportsCardIdsUsedTwiceApartFromTheOtherProblems() throws IOException {
        CourseFiles.in(project).file("index.md", "# Home\n\nA [broken](missing.md) link.\n")
                .file("01-a.md", "# A\n\n" + CARD).file("02-b.md", "# B\n\n" + CARD);
        BuildConfig config = Fixtures.config(project);
        Diagnostics checks = new Diagnostics();
        Diagnostics duplicates = new Diagnostics();
        Course course = Pipeline.load(config, Theme.load(config.templatesDirectory()), checks);
        Pipeline.check(config, course, Pipeline.parse(config, course.pagesInOrder(), checks), checks, duplicates);
        assertEquals(List.of("content/index.md"), checks.sorted().stream().map(Diagnostic::file).toList());
        assertEquals(List.of("content/02-b.md"), duplicates.sorted().stream().map(Diagnostic::file).toList(),
                duplicates.sorted()::toString);
    }

    @Test
    void writeRendersNothingWhenTheProblemsSoFarFailTheBuild() throws IOException {
        BuildConfig config = Fixtures.config(project);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("content/index.md", 1, 1, "a problem of an earlier stage");
        AtomicBoolean rendered = new AtomicBoolean();
        assertFalse(Pipeline.write(config, diagnostics, sink -> rendered.set(true)));
        assertFalse(rendered.get());
        assertFalse(Files.exists(config.outputDirectory()));
    }

    @Test
    void writeReplacesTheSiteFolderWithWhatTheRenderingWrote() throws IOException {
        BuildConfig config = Fixtures.config(project);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(Pipeline.write(config, diagnostics, sink -> sink.write("hello.txt", "hello")));
        assertEquals("hello", Files.readString(config.outputDirectory().resolve("hello.txt")));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void aWarningFailsTheBuildOnlyWithFailOnWarnings() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning("content/index.md", 1, 1, "a warning");
        assertFalse(Pipeline.failed(BuildConfig.builder(project).build(), diagnostics));
        assertTrue(Pipeline.failed(BuildConfig.builder(project).failOnWarnings(true).build(), diagnostics));
    }
}
