package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full build writes the note pages together with the print page, each note rendered once for
 * both: every note page must come out whole and the same whatever a theme's {@code print.ftlh}
 * reads (nothing, or each note twice in another order), across several chunks of notes.
 */
class PrintPageWithNotePagesTest {

    private static final int NOTES = 300; // more than two of the print page's chunks of 128

    @TempDir
    Path folder;

    @Test
    void notePagesAreTheSameWhateverThePrintTemplateReads() throws IOException {
        Map<String, byte[]> reference = site(project("default", null));

        Map<String, byte[]> none = site(project("none", """
                <#list sections as section><p>${section.title}</p></#list>
                """));
        Map<String, byte[]> twice = site(project("twice", """
                <#list sections?reverse as section>${section.content?no_esc}</#list>
                <#list sections as section>${section.content?no_esc}</#list>
                """));

        assertTrue(reference.size() > NOTES, "the notes, chapter pages and course files: " + reference.size());
        for (Map<String, byte[]> other : List.of(none, twice)) {
            assertEquals(reference.keySet(), other.keySet());
            reference.forEach((path, bytes) -> {
                if (!path.equals(PrintPage.PATH)) {
                    assertArrayEquals(bytes, other.get(path), path);
                }
            });
        }
        String printed = new String(twice.get(PrintPage.PATH), StandardCharsets.UTF_8);
        assertEquals(2 * NOTES, printed.split(">Note number", -1).length - 1, "each note's content twice");
    }

    private TestProject project(String name, String printTemplate) {
        TestProject project = TestProject.minimal(folder.resolve(name));
        for (int i = 1; i <= NOTES; i++) {
            project.write(String.format("content/%02d-part-%d/%03d-note-%d.md", 2 + i / 100, i / 100, i, i), """
                    Opening words.

                    ## Note number %d

                    Text with a [link](../01-basics/01-first.md), `code` and a list:

                    - one
                    - two
                    """.formatted(i));
        }
        if (printTemplate != null) {
            project.write("templates/print.ftlh", printTemplate);
        }
        BuildResult result = project.build();
        assertTrue(!result.hasErrors(), result.toString());
        return project;
    }

    private static Map<String, byte[]> site(TestProject project) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.site())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.site().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
