package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build is skipped only when its inputs and the site it wrote are exactly as the last successful build left them. */
class BuildStampTest {

    @TempDir
    Path project;

    private BuildConfig config;
    private BuildStamp stamp;
    private String inputs;

    @BeforeEach
    void buildOnce() throws Exception {
        Fixtures.copy("basic-course", project);
        config = Fixtures.config(project);
        inputs = BuildStamp.inputs(config);
        assertTrue(SiteBuilder.build(config).written());
        stamp = BuildStamp.in(project.resolve("target/coursenotes/build.stamp"));
        stamp.write(inputs, config.outputDirectory(), List.of());
    }

    @Test
    void nothingChangedMatches() throws Exception {
        assertTrue(stamp.matches(BuildStamp.inputs(config), config.outputDirectory()));
    }

    @Test
    void anEditedNoteIsAChange() throws Exception {
        Path note = project.resolve("content/01-basics/01-first.md");
        Files.writeString(note, Files.readString(note) + "\nMore.\n");
        assertNotEquals(inputs, BuildStamp.inputs(config));
    }

    @Test
    void aTouchedNewOrDeletedFileIsAChange() throws Exception {
        Path image = project.resolve("content/01-basics/diagram.svg");
        Files.setLastModifiedTime(image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 1000));
        String touched = BuildStamp.inputs(config);
        assertNotEquals(inputs, touched);
        Files.writeString(project.resolve("content/01-basics/03-new.md"), "# New\n");
        String added = BuildStamp.inputs(config);
        assertNotEquals(touched, added);
        Files.delete(project.resolve("content/01-basics/03-new.md"));
        assertNotEquals(added, BuildStamp.inputs(config));
    }

    @Test
    void aTemplateOrAnotherSettingIsAChange() throws Exception {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/note.ftlh"), "<#-- mine -->");
        assertNotEquals(inputs, BuildStamp.inputs(config));
        Files.delete(project.resolve("templates/note.ftlh"));
        Files.delete(project.resolve("templates"));
        assertNotEquals(inputs, BuildStamp.inputs(BuildConfig.builder(project).title("Another title").build()));
    }

    @Test
    void anEditedOrDeletedSiteIsBuiltAgain() throws Exception {
        Path page = config.outputDirectory().resolve("basics/first.html");
        Files.writeString(page, Files.readString(page) + "<!-- edited -->");
        assertFalse(stamp.matches(inputs, config.outputDirectory()));
        stamp.write(inputs, config.outputDirectory(), List.of());
        Files.delete(page);
        assertFalse(stamp.matches(inputs, config.outputDirectory()));
    }

    @Test
    void theWarningsOfTheSkippedBuildAreKeptToBeShownAgain() throws Exception {
        stamp.write(inputs, config.outputDirectory(), List.of("coursenotes: no site URL", "content/a.md:3:1: warning:\nx"));
        assertTrue(stamp.matches(inputs, config.outputDirectory()));
        assertEquals(List.of("coursenotes: no site URL", "content/a.md:3:1: warning: x"), stamp.warnings());
    }

    @Test
    void noStampNoMatch() throws Exception {
        stamp.delete();
        assertFalse(stamp.matches(inputs, config.outputDirectory()));
    }
}
