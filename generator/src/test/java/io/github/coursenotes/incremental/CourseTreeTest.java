package io.github.coursenotes.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTreeTest {

    @TempDir
    Path project;

    private Course course() {
        return CourseFiles.in(project)
                .file("index.md", "# Home\n")
                .file("00-top.md", "# Top\n")
                .file("01-a/index.md", "# A\n")
                .file("01-a/01-one.md", "# One\n")
                .file("01-a/02-two.md", "# Two\n")
                .file("01-a/03-sub/01-deep.md", "# Deep\n")
                .file("02-b/01-three.md", "# Three\n")
                .load(new Diagnostics());
    }

    @Test
    void replacesAPageInTheTreeAndLeavesTheOthers() {
        Course course = course();
        Page two = course.pagesInOrder().get(4);
        assertEquals("01-a/02-two.md", two.sourcePath());
        Page retitled = new Page(two.sourcePath(), two.label(), two.outputPath(), two.kind(), "Second", null,
                two.order(), two.slug(), "New body", two.bodyLine());
        Course updated = CourseTree.replace(course, Map.of(two.sourcePath(), retitled));
        assertSame(retitled, updated.pagesInOrder().get(4));
        assertEquals(course.pagesInOrder().size(), updated.pagesInOrder().size());
        assertSame(course.pagesInOrder().get(3), updated.pagesInOrder().get(3));
    }

    @Test
    void aNoteTitleShowsInItsChapterAndItsNeighboursAndATopLevelNoteEverywhere() {
        Course course = course();
        assertEquals(Set.of("index.md", "01-a/index.md", "01-a/01-one.md", "01-a/02-two.md", "01-a/03-sub/",
                "01-a/03-sub/01-deep.md"), CourseTree.showingTitle(course, "01-a/02-two.md"));
        // the next page is in another chapter
        assertEquals(Set.of("index.md", "01-a/03-sub/", "01-a/03-sub/01-deep.md", "02-b/"),
                CourseTree.showingTitle(course, "01-a/03-sub/01-deep.md"));
        assertEquals(course.pagesInOrder().size(), CourseTree.showingTitle(course, "00-top.md").size());
    }
}
