package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that write over the site the build before replaced give the same site as a fresh build. */
class SpareSiteTest {

    @TempDir
    Path folder;

    @Test
    void aSiteWrittenOverTheSpareIsTheSiteAFreshBuildWrites() throws Exception {
        Path project = Fixtures.copy("basic-course", folder.resolve("course"));
        BuildConfig config = BuildConfig.builder(project).title("Fixture Course")
                .spareDirectory(project.resolve("target/coursenotes/previous-site")).build();
        for (int i = 0; i < 3; i++) {
            assertTrue(SiteBuilder.build(config).written());
        }
        assertTrue(Files.isDirectory(config.spareDirectory()), "the replaced site is kept");
        Files.delete(project.resolve("content/01-basics/02-second.md"));
        Path first = project.resolve("content/01-basics/01-first.md");
        Files.writeString(first, Files.readString(first).replace("(02-second.md#a-section)", "(01-first.md)"));
        BuildResult result = SiteBuilder.build(config);
        assertEquals("[]", result.diagnostics().toString());

        Path fresh = Fixtures.copy("basic-course", folder.resolve("fresh"));
        Files.delete(fresh.resolve("content/01-basics/02-second.md"));
        Files.writeString(fresh.resolve("content/01-basics/01-first.md"), Files.readString(first));
        sameModificationTimes(project.resolve("content"), fresh.resolve("content"));
        assertTrue(SiteBuilder.build(Fixtures.config(fresh)).written());

        assertFalse(Files.exists(project.resolve("site/basics/second.html")), "a deleted note's page is gone");
        assertEquals(SiteTree.snapshot(fresh.resolve("site")), SiteTree.snapshot(project.resolve("site")));
    }

    /**
     * Gives the files of {@code copy} the modification times of those in {@code original}: outside git,
     * the Anki package dates its notes by their files' times, which would differ by the second the copy
     * took.
     */
    private static void sameModificationTimes(Path original, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(copy.resolve(original.relativize(file).toString()),
                        Files.getLastModifiedTime(file));
            }
        }
    }
}
