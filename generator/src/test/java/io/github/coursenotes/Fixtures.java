package io.github.coursenotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test fixtures: courses under {@code src/test/resources/fixtures/<name>/} copied into a temporary project. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name).toAbsolutePath();
    }

    /**
     * Copies the fixture's files into {@code project} and returns it. The copies keep the files'
     * modification times: outside git they are when the files last changed ({@code cards.apkg}
     * dates its notes with them), so two copies of a fixture build alike.
     */
    public static Path copy(String name, Path project) {
        Path source = fixture(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path target = project.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** A config for {@code project} using the repository's theme as the built-in theme. */
    public static BuildConfig config(Path project) {
        return BuildConfig.builder(project).title("Fixture Course").build();
    }

    /** The course and theme this repository ships. */
    public static Path courseContent() {
        return Path.of(System.getProperty("course.content", "../content")).toAbsolutePath().normalize();
    }

    public static Path courseTemplates() {
        return Path.of(System.getProperty("course.templates", "../templates")).toAbsolutePath().normalize();
    }
}
