package io.github.coursenotes;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.check.LinkChecker;
import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;

/** A course written file by file into a test's temporary folder, loaded and parsed like a build does. */
public final class CourseFiles {

    private final Path content;
    private Set<String> generated = Set.of();

    private CourseFiles(Path content) {
        this.content = content;
    }

    /** A course in {@code project/content/}. */
    public static CourseFiles in(Path project) {
        return new CourseFiles(project.resolve("content"));
    }

    public Path content() {
        return content;
    }

    /** Writes {@code text} to {@code path} under {@code content/}, creating folders. */
    public CourseFiles file(String path, String text) {
        try {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Creates an empty folder under {@code content/}. */
    public CourseFiles folder(String path) {
        try {
            Files.createDirectories(content.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Course load(Diagnostics diagnostics) {
        return load(false, diagnostics);
    }

    public Course load(boolean drafts, Diagnostics diagnostics) {
        return ContentLoader.load(content, "content/", drafts, generated, diagnostics);
    }

    /** Loads as a build that generates the files {@code paths} (e.g. {@code deck.js}) would. */
    public CourseFiles generating(String... paths) {
        generated = Set.of(paths);
        return this;
    }

    /** Every page of {@code course} parsed, in reading order. */
    public static List<ParsedPage> parse(Course course, Diagnostics diagnostics) {
        PageParser parser = new PageParser();
        return course.pagesInOrder().stream().map(page -> parser.parse(page, diagnostics)).toList();
    }

    /** A course loaded, its pages parsed in reading order and its links checked. */
    public record Checked(Course course, List<CheckedPage> pages) {

        /** The page written to {@code outputPath}, e.g. {@code more/deep.html}. */
        public CheckedPage page(String outputPath) {
            return pages.stream().filter(page -> page.page().outputPath().equals(outputPath)).findFirst().orElseThrow();
        }
    }

    /** Loads, parses and checks the course as a build does; fails the test if it finds any problem. */
    public Checked loadChecked() {
        Diagnostics diagnostics = new Diagnostics();
        Course course = load(diagnostics);
        List<ParsedPage> pages = parse(course, diagnostics);
        List<CheckedPage> checked = LinkChecker.check(course, pages, diagnostics);
        Assertions.assertEquals("[]", diagnostics.sorted().toString());
        return new Checked(course, checked);
    }
}
