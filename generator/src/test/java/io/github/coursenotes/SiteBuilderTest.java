package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path project;

    @Test
    void buildsTheFixtureCourse() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.build(Fixtures.config(project));
        assertEquals("[]", result.diagnostics().toString());
        assertTrue(result.written());
        assertTrue(Files.exists(project.resolve("site/index.html")));
        assertTrue(Files.exists(project.resolve("site/basics/first.html")));
        assertTrue(Files.exists(project.resolve("site/more/nested/deep.html")));
        assertTrue(Files.exists(project.resolve("site/basics/diagram.svg")));
        assertTrue(Files.exists(project.resolve("site/assets/style.css")));
        assertFalse(Files.exists(project.resolve("site/basics/index.md")));
        assertEquals(7, result.pages());
        assertEquals(6, result.cards());
    }

    @Test
    void imagesOfTheCourseCarryTheirSizeSoThePageDoesNotShiftWhileTheyLoad() throws Exception {
        Fixtures.copy("basic-course", project);
        SiteBuilder.build(Fixtures.config(project));
        String note = Files.readString(project.resolve("site/basics/first.html"));
        assertTrue(note.contains("<img src=\"../basics/diagram.svg\" alt=\"A diagram\""
                + " width=\"10\" height=\"10\" loading=\"lazy\""), note);
    }
}
