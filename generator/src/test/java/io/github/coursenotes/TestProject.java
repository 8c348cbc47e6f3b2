package io.github.coursenotes;

import io.github.coursenotes.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small course in a temporary project folder, for tests that break one thing at a time: a home
 * page, one chapter with a note, written with {@link #write}; built with the repository's theme.
 */
public final class TestProject {

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** A project with {@code content/index.md} and {@code content/01-basics/01-first.md}. */
    public static TestProject minimal(Path root) {
        TestProject project = new TestProject(root);
        project.write("content/index.md", """
                ---
                title: Test course
                summary: A course for tests.
                ---
                Welcome. Start with [the first note](01-basics/01-first.md).
                """);
        project.write("content/01-basics/01-first.md", """
                # First note

                Some text.
                """);
        return project;
    }

    /** An empty project folder. */
    public static TestProject empty(Path root) {
        return new TestProject(root);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Path site() {
        return root.resolve("site");
    }

    public TestProject write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The default configuration: built-in theme from the repository, {@code content/}, {@code site/}. */
    public BuildConfig.Builder config() {
        return BuildConfig.builder(root).templatesDirectory(root.resolve("templates"));
    }

    public BuildResult build() {
        return build(UnaryOperator.identity());
    }

    public BuildResult build(UnaryOperator<BuildConfig.Builder> settings) {
        try {
            return SiteBuilder.build(settings.apply(config()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult check() {
        try {
            return SiteBuilder.check(config().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics of a result as the author sees them: {@code path:line:column: message}. */
    public static List<String> messages(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
