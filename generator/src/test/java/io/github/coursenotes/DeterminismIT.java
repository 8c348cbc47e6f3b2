package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical sites, whatever the project folder and however often it is built. */
class DeterminismIT {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void twoBuildsOfTheCourseInDifferentFoldersAreByteIdentical() throws Exception {
        SortedMap<String, String> one = buildCourse(first);
        SortedMap<String, String> two = buildCourse(second);
        assertTrue(one.size() > 30, "the course has pages and assets: " + one.keySet());
        assertEquals(one, two);
    }

    @Test
    void rebuildingTheFixtureCourseInPlaceChangesNoByte() throws Exception {
        Fixtures.copy("basic-course", first);
        BuildConfig config = BuildConfig.builder(first).templatesDirectory(Fixtures.courseTemplates())
                .siteUrl("https://example.org/course/").editUrl("https://example.org/edit/").build();
        assertEquals(List.of(), messages(SiteBuilder.build(config)));
        SortedMap<String, String> one = SiteTree.snapshot(first.resolve("site"));
        assertEquals(List.of(), messages(SiteBuilder.build(config)));
        assertEquals(one, SiteTree.snapshot(first.resolve("site")));
    }

    @Test
    void buildInAnotherJvmIsByteIdentical() throws Exception {
        // another JVM has another seed for the iteration order of Set.of and Map.of
        Fixtures.copy("basic-course", first);
        Fixtures.copy("basic-course", second);
        assertEquals(List.of(), messages(SiteBuilder.build(BuildConfig.builder(first)
                .templatesDirectory(first.resolve("templates")).build())));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the options this JVM was given for SQLite's native library and GraalJS (no warnings on Java 24+)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--enable-native-access") || option.startsWith("--sun-misc-unsafe"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildInAnotherProcess.class.getName(),
                second.toString()));
        Process other = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, other.waitFor(), "the build in the other JVM failed");
        SortedMap<String, String> one = SiteTree.snapshot(first.resolve("site"));
        assertTrue(one.containsKey("cards.apkg"), "the Anki package is compared too: " + one.keySet());
        assertEquals(one, SiteTree.snapshot(second.resolve("site")));
    }

    @Test
    void theAnkiPackageOfACourseWithImagesIsByteIdenticalInAnotherFolder() throws Exception {
        // a zip and an SQLite database hold times and orders of their own: the package takes its
        // times from the notes' files and writes everything in a fixed order
        Fixtures.copy("anki-course", first);
        Fixtures.copy("anki-course", second);
        assertEquals(List.of(), messages(SiteBuilder.build(BuildConfig.builder(first).siteUrl("https://example.org/").build())));
        assertEquals(List.of(), messages(SiteBuilder.build(BuildConfig.builder(second).siteUrl("https://example.org/").build())));
        assertArrayEquals(Files.readAllBytes(first.resolve("site/cards.apkg")), Files.readAllBytes(second.resolve("site/cards.apkg")));
    }

    private static SortedMap<String, String> buildCourse(Path project) throws Exception {
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project)
                .contentDirectory(Fixtures.courseContent())
                .templatesDirectory(Fixtures.courseTemplates())
                .siteUrl("https://example.org/course/")
                .build());
        assertEquals(List.of(), messages(result));
        return SiteTree.snapshot(project.resolve("site"));
    }
}
