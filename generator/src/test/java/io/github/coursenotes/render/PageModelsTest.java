package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.render.model.Breadcrumb;
import io.github.coursenotes.render.model.ChapterData;
import io.github.coursenotes.render.model.ChapterEntry;
import io.github.coursenotes.render.model.ChapterPageModel;
import io.github.coursenotes.render.model.HomePageModel;
import io.github.coursenotes.render.model.NavItem;
import io.github.coursenotes.render.model.NotePageModel;
import io.github.coursenotes.render.model.PageData;
import io.github.coursenotes.render.model.PageLink;
import io.github.coursenotes.render.model.SiteData;
import io.github.coursenotes.render.model.TemplateData;
import io.github.coursenotes.render.model.TocEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageModelsTest {

    @TempDir
    Path project;

    private List<ParsedPage> pages;
    private PageModels models;

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
        models = new PageModels(course, new SiteSettings("The Course", "About it.", "https://example.org/course/",
                "https://github.com/o/r/edit/main/content/", true, null));
        assertEquals("[]", diagnostics.sorted().toString());
    }

    private TemplateData model(String outputPath) {
        ParsedPage page = pages.stream().filter(p -> p.page().outputPath().equals(outputPath)).findFirst().orElseThrow();
        return models.forPage(page, "<p>html</p>");
    }

    private NotePageModel note(String outputPath) {
        return assertInstanceOf(NotePageModel.class, model(outputPath));
    }

    private ChapterPageModel chapterPage(String outputPath) {
        return assertInstanceOf(ChapterPageModel.class, model(outputPath));
    }

    private HomePageModel home() {
        return assertInstanceOf(HomePageModel.class, model("index.html"));
    }

    private static String crumbs(List<Breadcrumb> list) {
        return list.stream().map(item -> item.title() + " " + item.href()).collect(Collectors.joining(", "));
    }

    private static String chapters(List<ChapterData> list) {
        return list.stream().map(item -> item.title() + " " + item.href()).collect(Collectors.joining(", "));
    }

    private static String entries(List<ChapterEntry> list) {
        return list.stream().map(item -> item.title() + " " + item.href()).collect(Collectors.joining(", "));
    }

    private String pager(String outputPath) {
        TemplateData model = model(outputPath);
        PageLink prev = model instanceof NotePageModel note ? note.prev()
                : model instanceof ChapterPageModel chapter ? chapter.prev() : null;
        PageLink next = model instanceof NotePageModel note ? note.next()
                : model instanceof ChapterPageModel chapter ? chapter.next() : ((HomePageModel) model).next();
        return (prev == null ? "-" : prev.href()) + " | " + (next == null ? "-" : next.href());
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
        assertEquals(new PageLink("More", "../more/index.html", "more/index.html"), note("basics/second.html").next());
    }

    @Test
    void breadcrumbsLeadFromTheHomePageThroughEveryChapter() {
        assertEquals("", crumbs(home().breadcrumbs()));
        assertEquals("The Course index.html", crumbs(note("glossary.html").breadcrumbs()));
        assertEquals("The Course ../index.html, Basics ../basics/index.html",
                crumbs(note("basics/first.html").breadcrumbs()));
        assertEquals("The Course ../index.html", crumbs(chapterPage("basics/index.html").breadcrumbs()));
        assertEquals("The Course ../../index.html, More ../../more/index.html, Nested ../../more/nested/index.html",
                crumbs(note("more/nested/deep.html").breadcrumbs()));
        assertEquals("The Course ../../index.html, More ../../more/index.html",
                crumbs(chapterPage("more/nested/index.html").breadcrumbs()));
    }

    @Test
    void tableOfContentsListsLevelsTwoAndThree() {
        assertEquals(List.of(new TocEntry(2, "A", "a"), new TocEntry(3, "B", "b"), new TocEntry(2, "A", "a-1")),
                note("basics/first.html").page().toc());
    }

    @Test
    void pageDescribesTheNote() {
        PageData page = note("basics/first.html").page();
        assertEquals("First", page.title());
        assertEquals("One.", page.summary());
        assertEquals("<p>html</p>", page.content());
        assertEquals("basics/first.html", page.path());
        assertEquals("01-basics/01-first.md", page.source());
        assertEquals("note", page.kind());
        assertEquals("https://github.com/o/r/edit/main/content/01-basics/01-first.md", page.editUrl());
        assertEquals("", note("basics/second.html").page().summary());
    }

    @Test
    void generatedPagesHaveNoEditLink() {
        assertNull(chapterPage("more/nested/index.html").page().editUrl());
        assertEquals("chapter", chapterPage("more/nested/index.html").page().kind());
        assertEquals("home", home().page().kind());
    }

    @Test
    void siteKnowsTheWayHomeAndTheCanonicalUrl() {
        SiteData site = note("more/nested/deep.html").site();
        assertEquals("The Course", site.title());
        assertEquals("About it.", site.description());
        assertEquals("../../", site.root());
        assertEquals("../../index.html", site.home());
        assertEquals("https://example.org/course/more/nested/deep.html", site.canonical());
        assertEquals("https://example.org/course/", home().site().canonical());
        assertNull(models.site("/course/", "404.html", false).canonical(), "the 404 page is not to be indexed");
    }

    @Test
    void aChapterPageListsItsEntries() {
        ChapterData chapter = chapterPage("basics/index.html").chapter();
        assertEquals("Basics", chapter.title());
        assertEquals("The basics.", chapter.summary());
        assertEquals("First ../basics/first.html, Second ../basics/second.html", entries(chapter.entries()));
        assertEquals("Nested ../more/nested/index.html, After ../more/after.html",
                entries(chapterPage("more/index.html").chapter().entries()));
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
        ChapterData big = ((HomePageModel) new PageModels(course, new SiteSettings("C", null, null, null, true, null))
                .forPage(home, "")).chapters().get(0);
        assertEquals(3, big.noteCount(), "Deep, Deeper and After; the sections are not notes");
        assertEquals(2, big.sectionCount());
        assertEquals(0, chapterPage("basics/index.html").chapter().sectionCount());
    }

    @Test
    void everyPageKnowsTheTopLevelChapters() {
        assertEquals("Basics basics/index.html, More more/index.html", chapters(home().chapters()));
        assertEquals("Basics ../basics/index.html, More ../more/index.html",
                chapters(note("basics/first.html").chapters()));
    }

    @Test
    void specialPagesHaveNoCurrentPageAndEveryChapterClosed() {
        List<NavItem> nav = models.nav("");
        assertEquals("Basics basics/index.html, More more/index.html, Glossary glossary.html",
                nav.stream().map(item -> item.title() + " " + item.href()).collect(Collectors.joining(", ")));
        assertEquals(List.of(), nav.stream().filter(item -> item.current() || item.open()).toList());
    }
}
