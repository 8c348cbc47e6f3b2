package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageModelTest {

    @TempDir
    Path project;

    private List<ParsedPage> pages;
    private PageModel models;

    @BeforeEach
    void load() {
        Diagnostics diagnostics = new Diagnostics();
        Course course = CourseFiles.in(project)
                .file("index.md", "# Home\n")
                .file("01-basics/index.md", "---\nsummary: The basics.\n---\n# Basics\n")
                .file("01-basics/01-first.md", "---\nsummary: One.\n---\n# First\n\n## A\n### B\n#### C\n## A\n")
                .file("01-basics/02-second.md", "# Second\n")
                .file("02-more/index.md", "# More\n")
                .file("02-more/01-nested/01-deep.md", "# Deep\n")
                .file("02-more/02-after.md", "# After\n")
                .file("glossary.md", "# Glossary\n")
                .load(diagnostics);
        pages = CourseFiles.parse(course, diagnostics);
        models = new PageModel(course, new SiteSettings("The Course", "About it.", "https://example.org/course/",
                "https://github.com/o/r/edit/main/content/", true, null));
        assertEquals("[]", diagnostics.sorted().toString());
    }

    private Map<String, Object> model(String outputPath) {
        ParsedPage page = pages.stream().filter(p -> p.page().outputPath().equals(outputPath)).findFirst().orElseThrow();
        return models.forPage(page, "<p>html</p>", 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> model, String key) {
        return (Map<String, Object>) model.get(key);
    }

    @SuppressWarnings("unchecked")
    private static String hrefs(Object list) {
        return ((List<Map<String, Object>>) list).stream().map(item -> item.get("title") + " " + item.get("href"))
                .collect(Collectors.joining(", "));
    }

    private String pager(String outputPath) {
        Map<String, Object> model = model(outputPath);
        Map<String, Object> prev = map(model, "prev");
        Map<String, Object> next = map(model, "next");
        return (prev == null ? "-" : prev.get("href")) + " | " + (next == null ? "-" : next.get("href"));
    }

    @Test
    void previousAndNextFollowTheReadingOrderAcrossChapters() {
        assertEquals("- | basics/index.html", pager("index.html"));
        assertEquals("../index.html | ../basics/first.html", pager("basics/index.html"));
        assertEquals("../basics/first.html | ../more/index.html", pager("basics/second.html"));
        assertEquals("../basics/second.html | ../more/nested/index.html", pager("more/index.html"));
        assertEquals("../../more/nested/index.html | ../../more/after.html", pager("more/nested/deep.html"));
        assertEquals("../more/nested/deep.html | ../glossary.html", pager("more/after.html"));
        assertEquals("more/after.html | -", pager("glossary.html"));
        assertEquals(Map.of("title", "More", "href", "../more/index.html", "path", "more/index.html"),
                map(model("basics/second.html"), "next"));
    }

    @Test
    void breadcrumbsLeadFromTheHomePageThroughEveryChapter() {
        assertEquals("", hrefs(model("index.html").get("breadcrumbs")));
        assertEquals("The Course index.html", hrefs(model("glossary.html").get("breadcrumbs")));
        assertEquals("The Course ../index.html, Basics ../basics/index.html",
                hrefs(model("basics/first.html").get("breadcrumbs")));
        assertEquals("The Course ../index.html", hrefs(model("basics/index.html").get("breadcrumbs")));
        assertEquals("The Course ../../index.html, More ../../more/index.html, Nested ../../more/nested/index.html",
                hrefs(model("more/nested/deep.html").get("breadcrumbs")));
        assertEquals("The Course ../../index.html, More ../../more/index.html",
                hrefs(model("more/nested/index.html").get("breadcrumbs")));
    }

    @Test
    void tableOfContentsListsLevelsTwoAndThree() {
        assertEquals(List.of(
                        Map.of("level", 2, "text", "A", "anchor", "a"),
                        Map.of("level", 3, "text", "B", "anchor", "b"),
                        Map.of("level", 2, "text", "A", "anchor", "a-1")),
                map(model("basics/first.html"), "page").get("toc"));
    }

    @Test
    void pageDescribesTheNote() {
        Map<String, Object> page = map(model("basics/first.html"), "page");
        assertEquals("First", page.get("title"));
        assertEquals("One.", page.get("summary"));
        assertEquals("<p>html</p>", page.get("content"));
        assertEquals("basics/first.html", page.get("path"));
        assertEquals("01-basics/01-first.md", page.get("source"));
        assertEquals("note", page.get("kind"));
        assertEquals("https://github.com/o/r/edit/main/content/01-basics/01-first.md", page.get("editUrl"));
        assertEquals("", map(model("basics/second.html"), "page").get("summary"));
    }

    @Test
    void generatedPagesHaveNoEditLink() {
        assertFalse(map(model("more/nested/index.html"), "page").containsKey("editUrl"));
        assertEquals("chapter", map(model("more/nested/index.html"), "page").get("kind"));
        assertEquals("home", map(model("index.html"), "page").get("kind"));
    }

    @Test
    void siteKnowsTheWayHomeAndTheCanonicalUrl() {
        Map<String, Object> site = map(model("more/nested/deep.html"), "site");
        assertEquals("The Course", site.get("title"));
        assertEquals("About it.", site.get("description"));
        assertEquals("../../", site.get("root"));
        assertEquals("../../index.html", site.get("home"));
        assertEquals("https://example.org/course/more/nested/deep.html", site.get("canonical"));
        assertEquals("https://example.org/course/", map(model("index.html"), "site").get("canonical"));
    }

    @Test
    void aChapterPageListsItsEntries() {
        Map<String, Object> chapter = map(model("basics/index.html"), "chapter");
        assertEquals("Basics", chapter.get("title"));
        assertEquals("The basics.", chapter.get("summary"));
        assertEquals("First ../basics/first.html, Second ../basics/second.html", hrefs(chapter.get("entries")));
        assertEquals("Nested ../more/nested/index.html, After ../more/after.html",
                hrefs(map(model("more/index.html"), "chapter").get("entries")));
        assertFalse(model("basics/first.html").containsKey("chapter"));
    }

    @Test
    void aChapterCountsItsNotesWithThoseOfItsSectionsAndNotItsSections() {
        Diagnostics diagnostics = new Diagnostics();
        Course course = CourseFiles.in(project.resolve("other"))
                .file("01-big/01-nested/01-deep.md", "# Deep\n")
                .file("01-big/01-nested/02-deeper.md", "# Deeper\n")
                .file("01-big/02-empty/index.md", "# Empty section\n")
                .file("01-big/03-after.md", "# After\n")
                .load(diagnostics);
        ParsedPage home = CourseFiles.parse(course, diagnostics).stream()
                .filter(page -> page.page().outputPath().equals("index.html")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> big = ((List<Map<String, Object>>) new PageModel(course,
                new SiteSettings("C", null, null, null, true, null)).forPage(home, "", 0).get("chapters")).get(0);
        assertEquals(3L, big.get("noteCount"), "Deep, Deeper and After; the sections are not notes");
        assertEquals(2L, big.get("sectionCount"));
        assertEquals(0L, map(model("basics/index.html"), "chapter").get("sectionCount"));
    }

    @Test
    void everyPageKnowsTheTopLevelChapters() {
        assertEquals("Basics basics/index.html, More more/index.html", hrefs(model("index.html").get("chapters")));
        assertEquals("Basics ../basics/index.html, More ../more/index.html",
                hrefs(model("basics/first.html").get("chapters")));
    }

    @Test
    void specialPagesHaveNoCurrentPageAndNoBreadcrumbs() {
        Map<String, Object> model = models.forSpecial("404.html", "Page not found", "");
        assertEquals("Page not found", map(model, "page").get("title"));
        assertEquals("special", map(model, "page").get("kind"));
        assertEquals(List.of(), model.get("breadcrumbs"));
        assertEquals("Basics basics/index.html, More more/index.html, Glossary glossary.html", hrefs(model.get("nav")));
    }
}
