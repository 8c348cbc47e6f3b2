package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.render.model.NavItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavigationTest {

    @TempDir
    Path project;

    private Course course;

    @BeforeEach
    void load() {
        course = CourseFiles.in(project)
                .file("index.md", "# Home\n")
                .file("01-basics/index.md", "# Basics\n")
                .file("01-basics/01-first.md", "# First\n")
                .file("01-basics/02-second.md", "# Second\n")
                .file("02-more/index.md", "# More\n")
                .file("02-more/01-nested/01-deep.md", "# Deep\n")
                .file("02-more/02-after.md", "# After\n")
                .file("glossary.md", "# Glossary\n")
                .load(new Diagnostics());
    }

    private Page page(String outputPath) {
        return course.pagesInOrder().stream().filter(page -> page.outputPath().equals(outputPath)).findFirst()
                .orElseThrow();
    }

    /** The tree as indented lines: {@code title href [chapter] [open] [current]}. */
    private static String outline(List<NavItem> items, String indent) {
        StringBuilder out = new StringBuilder();
        for (NavItem item : items) {
            out.append(indent).append(item.title()).append(' ').append(item.href());
            if (item.chapter()) {
                out.append(" [chapter]");
            }
            if (item.open()) {
                out.append(" [open]");
            }
            if (item.current()) {
                out.append(" [current]");
            }
            out.append('\n');
            out.append(outline(item.children(), indent + "  "));
        }
        return out.toString();
    }

    @Test
    void onlyTheCurrentChapterIsOpen() {
        assertEquals("""
                Basics ../basics/index.html [chapter] [open]
                  First ../basics/first.html [current]
                  Second ../basics/second.html
                More ../more/index.html [chapter]
                Glossary ../glossary.html
                """, outline(Navigation.tree(course, page("basics/first.html"), "../"), ""));
    }

    @Test
    void nestedChaptersOpenAllTheWayDownToTheCurrentPage() {
        assertEquals("""
                Basics ../../basics/index.html [chapter]
                More ../../more/index.html [chapter] [open]
                  Nested ../../more/nested/index.html [chapter] [open]
                    Deep ../../more/nested/deep.html [current]
                  After ../../more/after.html
                Glossary ../../glossary.html
                """, outline(Navigation.tree(course, page("more/nested/deep.html"), "../../"), ""));
    }

    @Test
    void onAChapterPageTheChapterIsCurrentAndOpen() {
        assertEquals("""
                Basics ../basics/index.html [chapter]
                More ../more/index.html [chapter] [open] [current]
                  Nested ../more/nested/index.html [chapter]
                  After ../more/after.html
                Glossary ../glossary.html
                """, outline(Navigation.tree(course, page("more/index.html"), "../"), ""));
    }

    @Test
    void onTheHomePageAndSpecialPagesEveryChapterIsClosed() {
        String closed = """
                Basics basics/index.html [chapter]
                More more/index.html [chapter]
                Glossary glossary.html
                """;
        assertEquals(closed, outline(Navigation.tree(course, page("index.html"), ""), ""));
        assertEquals(closed, outline(Navigation.tree(course, null, ""), ""));
    }

    @Test
    void itemsCarryTheirSiteRelativePath() {
        NavItem basics = Navigation.tree(course, null, "../").get(0);
        assertEquals("basics/index.html", basics.path());
        assertEquals("../basics/index.html", basics.href());
    }

    @Test
    void ancestorsAreTheChaptersDownToThePage() {
        assertEquals(List.of("02-more/", "02-more/01-nested/"), Navigation.ancestors(course, page("more/nested/deep.html"))
                .stream().map(Chapter::sourcePath).toList());
        assertEquals(List.of("02-more/", "02-more/01-nested/"),
                Navigation.ancestors(course, page("more/nested/index.html")).stream().map(Chapter::sourcePath).toList());
        assertEquals(List.of(), Navigation.ancestors(course, page("glossary.html")));
        assertEquals(List.of(), Navigation.ancestors(course, page("index.html")));
    }
}
