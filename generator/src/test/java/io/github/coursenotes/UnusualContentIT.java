package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content at the edges: huge and deeply nested notes, odd file names and symbolic links. Nothing
 * here may crash the build or blow up its running time.
 */
class UnusualContentIT {

    @TempDir
    Path folder;

    private TestProject project;
    private SortedMap<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() {
        project = TestProject.minimal(folder);
        assertEquals(List.of(), messages(project.build()));
        previousSite = SiteTree.snapshot(project.site());
    }

    @Test
    void tenMegabyteNoteBuildsInLinearTime() {
        project.write("content/01-basics/02-big.md", bigNote(1 << 20));
        long oneMegabyte = timedBuild();
        project.write("content/01-basics/02-big.md", bigNote(10 << 20));
        long tenMegabytes = timedBuild();
        String html = SiteTree.read(project.site(), "basics/big.html");
        assertTrue(html.length() > 10 << 20, "the page holds the whole note");
        assertTrue(html.contains("id=\"section-2500\""), "the last sections are there");
        // linear growth gives about 10x (less once the JIT has warmed up); quadratic would give 100x
        assertTrue(tenMegabytes < 30 * oneMegabyte + 2_000,
                "10 MB took " + tenMegabytes + " ms of CPU, 1 MB took " + oneMegabyte + " ms");
    }

    @Test
    void tenThousandNestedListsAreCutWithADiagnostic() {
        project.write("content/01-basics/02-deep.md", "# Deep\n\nIntro.\n\n" + "- ".repeat(10_000) + "item\n");
        assertRejected("content/01-basics/02-deep.md:5:101: Markdown nested more than 100 levels deep "
                + "(block quotes, lists or emphasis inside one another); flatten it");
    }

    @Test
    void tenThousandNestedBlockQuotesAreCutWithADiagnostic() {
        project.write("content/01-basics/02-deep.md", "# Deep\n\n" + "> ".repeat(10_000) + "quote\n");
        assertRejected("content/01-basics/02-deep.md:3:201: Markdown nested more than 100 levels deep "
                + "(block quotes, lists or emphasis inside one another); flatten it");
    }

    @Test
    void deeplyNestedListsOverManyLinesAreCutWithADiagnostic() {
        StringBuilder note = new StringBuilder("# Deep\n\n");
        for (int level = 0; level < 120; level++) {
            note.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        project.write("content/01-basics/02-deep.md", note.toString());
        assertRejected("content/01-basics/02-deep.md:52:101: Markdown nested more than 100 levels deep "
                + "(block quotes, lists or emphasis inside one another); flatten it");
    }

    @Test
    void thousandsOfNestedEmphasesAreReportedInsteadOfOverflowingTheStack() {
        project.write("content/01-basics/02-deep.md", "---\ntitle: Deep\n---\n"
                + "*a **b ".repeat(10_000) + "c" + "** a*".repeat(10_000) + "\n");
        assertRejected("content/01-basics/02-deep.md:4:1: Markdown nested too deeply to parse "
                + "(emphasis, links or images inside one another thousands of times); flatten it");
    }

    @Test
    void hundredsOfNestedEmphasesAreCutWithADiagnostic() {
        project.write("content/01-basics/02-deep.md", "# Deep\n\n" + "*a **b ".repeat(60) + "c"
                + "** a*".repeat(60) + "\n");
        assertRejected("content/01-basics/02-deep.md:3:345: Markdown nested more than 100 levels deep "
                + "(block quotes, lists or emphasis inside one another); flatten it");
    }

    @Test
    void deeplyNestedQuotesInsideACardAreCutWithADiagnostic() {
        project.write("content/01-basics/02-deep.md", "# Deep\n\n```card id=deep\nQuestion?\n---\n"
                + "> ".repeat(1_000) + "answer\n```\n");
        assertRejected("content/01-basics/02-deep.md:6:201: Markdown nested more than 100 levels deep "
                + "(block quotes, lists or emphasis inside one another); flatten it");
    }

    @Test
    void moderateNestingBuilds() {
        project.write("content/01-basics/02-nested.md", "# Nested\n\n" + "> ".repeat(20) + "- ".repeat(20) + "fine\n");
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertTrue(SiteTree.read(project.site(), "basics/nested.html").contains("fine"));
    }

    @Test
    void fileNamesWithSpacesAndAccentsGiveCleanUrlsAndLinksResolve() {
        project.write("content/01-basics/02-my first note.md", """
                # My first note

                See [the greetings](<../02-Über uns/01-Grüße & Co.md#hallo>) and
                [myself](<02-my first note.md>).
                """);
        project.write("content/02-Über uns/01-Grüße & Co.md", """
                # Grüße

                ## Hallo

                Back to [my first note](../01-basics/02-my%20first%20note.md).
                """);
        project.write("content/02-Über uns/Bild mit Leerzeichen.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
        project.write("content/02-Über uns/02-Bilder.md", "# Bilder\n\n![Ein Bild](<Bild mit Leerzeichen.svg>)\n");
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertTrue(Files.exists(project.site().resolve("basics/my-first-note.html")));
        assertTrue(Files.exists(project.site().resolve("über-uns/grüße-co.html")));
        String first = SiteTree.read(project.site(), "basics/my-first-note.html");
        assertTrue(first.contains("href=\"../%C3%BCber-uns/gr%C3%BC%C3%9Fe-co.html#hallo\""), first);
        assertTrue(first.contains("href=\"../basics/my-first-note.html\""), first);
        String greetings = SiteTree.read(project.site(), "über-uns/grüße-co.html");
        assertTrue(greetings.contains("href=\"../basics/my-first-note.html\""), greetings);
        String pictures = SiteTree.read(project.site(), "über-uns/bilder.html");
        assertTrue(pictures.contains("src=\"../%C3%BCber-uns/Bild%20mit%20Leerzeichen.svg\""), pictures);
    }

    @Test
    void decomposedAccentsGiveTheSameUrlAsComposedOnes() {
        project.write("content/01-basics/02-Cafe\u0301.md", "# Café\n");
        assertEquals(List.of(), messages(project.build()));
        assertTrue(Files.exists(project.site().resolve("basics/caf\u00e9.html")));
    }

    @Test
    void longestPossibleFileNameGivesAPageFileTheSystemAccepts() {
        String name = "\u00fc".repeat(126) + ".md"; // 255 bytes of UTF-8: the longest name Linux allows
        project.write("content/01-basics/" + name, "# Long\n");
        assertEquals(List.of(), messages(project.build()));
        assertTrue(Files.exists(project.site().resolve("basics/" + "\u00fc".repeat(100) + ".html")));
    }

    @Test
    void symbolicLinkLoopIsReported() throws Exception {
        Files.createSymbolicLink(project.path("content/01-basics/02-a.md"), Path.of("03-b.md"));
        Files.createSymbolicLink(project.path("content/01-basics/03-b.md"), Path.of("02-a.md"));
        assertRejected("content/01-basics/02-a.md:1:1: broken or looping symbolic link",
                "content/01-basics/03-b.md:1:1: broken or looping symbolic link");
    }

    @Test
    void symbolicLinkToAFolderIsNotFollowed() throws Exception {
        Files.createSymbolicLink(project.path("content/01-basics/loop"), Path.of(".."));
        BuildResult result = project.build();
        assertEquals(List.of("content/01-basics/loop:1:1: warning: symbolic link to a folder is not followed "
                + "(it could form a loop)"), messages(result));
        assertTrue(result.written());
    }

    @Test
    void symbolicLinkToANoteIsFollowed() throws Exception {
        Files.createSymbolicLink(project.path("content/01-basics/02-alias.md"), Path.of("01-first.md"));
        assertEquals(List.of(), messages(project.build()));
        assertTrue(SiteTree.read(project.site(), "basics/alias.html").contains("Some text."));
    }

    /** The CPU time of the build in milliseconds: unlike the wall clock, it does not depend on the machine's load. */
    private long timedBuild() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        BuildResult result = project.build();
        long millis = (os.getProcessCpuTime() - start) / 1_000_000;
        assertEquals(List.of(), messages(result));
        return millis;
    }

    /** About {@code size} characters of ordinary Markdown: headings, long paragraphs, links, lists, code and cards. */
    private static String bigNote(int size) {
        String prose = "Deployment is the halfway point of a project, not its end: the data a model sees in "
                + "production drifts away from the data it was trained on, so the system must be watched. ";
        StringBuilder note = new StringBuilder("# Big note\n\n");
        for (int i = 0; note.length() < size; i++) {
            note.append("## Section ").append(i).append("\n\n")
                    .append(prose.repeat(8)).append("Some *emphasis*, `code` and a [link](#section-")
                    .append(Math.max(0, i - 1)).append(").\n\n")
                    .append(prose.repeat(10)).append("\n\n")
                    .append("- one\n- two\n  > a quote\n\n")
                    .append("```java\nint x = ").append(i).append(";\n```\n\n");
            if (i % 100 == 0) {
                note.append("```card id=big-").append(i).append("\nQuestion ").append(i)
                        .append("?\n---\nAnswer.\n```\n\n");
            }
        }
        return note.toString();
    }

    private void assertRejected(String... expected) {
        BuildResult result = project.build();
        assertEquals(List.of(expected), messages(result));
        assertFalse(result.written());
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the previous site changed");
    }
}
