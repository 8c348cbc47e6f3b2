package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path project;

    private final Diagnostics diagnostics = new Diagnostics();

    private CourseFiles files() {
        return CourseFiles.in(project);
    }

    /** Every page as {@code output (title)} in reading order. */
    private static String readingOrder(Course course) {
        return course.pagesInOrder().stream().map(page -> page.outputPath() + " (" + page.title() + ")")
                .collect(Collectors.joining("\n"));
    }

    private static List<String> outputs(Course course) {
        return course.pagesInOrder().stream().map(Page::outputPath).toList();
    }

    private String problems() {
        return diagnostics.sorted().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void foldersAreChaptersFilesArePagesAndIndexIsTheIntroduction() {
        Course course = files()
                .file("index.md", "---\ntitle: ML in Production\nsummary: A course.\n---\nWelcome.\n")
                .file("01-lifecycle/index.md", "---\ntitle: The lifecycle\nsummary: Stages.\n---\nIntro.\n")
                .file("01-lifecycle/01-stages.md", "# Stages\n")
                .file("01-lifecycle/02-data.md", "# Data\n")
                .file("glossary.md", "# Glossary\n")
                .load(diagnostics);
        assertEquals("", problems());
        assertEquals("""
                index.html (ML in Production)
                lifecycle/index.html (The lifecycle)
                lifecycle/stages.html (Stages)
                lifecycle/data.html (Data)
                glossary.html (Glossary)""", readingOrder(course));

        Chapter root = course.root();
        assertEquals(Page.Kind.HOME, root.intro().kind());
        assertEquals("A course.", root.intro().summary());
        Chapter lifecycle = (Chapter) root.children().get(0);
        assertEquals("01-lifecycle/", lifecycle.sourcePath());
        assertEquals("lifecycle", lifecycle.slug());
        assertEquals("The lifecycle", lifecycle.title());
        assertEquals("Stages.", lifecycle.summary());
        assertEquals(Page.Kind.CHAPTER, lifecycle.intro().kind());
        assertEquals(List.of(lifecycle), course.chapters());

        Page data = (Page) lifecycle.children().get(1);
        assertEquals("01-lifecycle/02-data.md", data.sourcePath());
        assertEquals("content/01-lifecycle/02-data.md", data.label());
        assertEquals(Page.Kind.NOTE, data.kind());
        assertEquals(2, data.order());
        assertEquals("data", data.slug());
        assertEquals(1, data.depth());
        assertEquals("# Data\n", data.body());
        assertEquals(1, data.bodyLine());
    }

    @Test
    void pagesAreOrderedByNumericPrefixThenWithoutPrefixByName() {
        Course course = files()
                .file("b-no-prefix.md", "x")
                .file("10-ten.md", "x")
                .file("2-two.md", "x")
                .file("a-no-prefix.md", "x")
                .file("01-one.md", "x")
                .load(diagnostics);
        assertEquals(List.of("index.html", "one.html", "two.html", "ten.html", "a-no-prefix.html", "b-no-prefix.html"),
                outputs(course));
    }

    @Test
    void weightOverridesThePrefixOfAPage() {
        Course course = files()
                .file("01-first-by-name.md", "---\nweight: 30\n---\n")
                .file("02-second.md", "x")
                .file("unnumbered.md", "---\nweight: 1\n---\n")
                .load(diagnostics);
        assertEquals(List.of("index.html", "unnumbered.html", "second.html", "first-by-name.html"), outputs(course));
        assertEquals("", problems());
    }

    @Test
    void weightInAChaptersIndexOverridesTheFolderPrefix() {
        Course course = files()
                .file("01-alpha/index.md", "---\nweight: 9\n---\n")
                .file("01-alpha/note.md", "x")
                .file("02-beta/index.md", "# Beta\n")
                .file("03-gamma/note.md", "x")
                .load(diagnostics);
        assertEquals(List.of("beta", "gamma", "alpha"), course.root().children().stream().map(CourseNode::slug).toList());
        assertEquals(9, course.chapters().get(2).order());
        assertEquals(2, course.chapters().get(0).order());
    }

    @Test
    void pagesAndChaptersOfAFolderShareOneOrder() {
        Course course = files()
                .file("01-intro.md", "x")
                .file("02-part/01-inside.md", "x")
                .file("03-outro.md", "x")
                .load(diagnostics);
        assertEquals(List.of("index.html", "intro.html", "part/index.html", "part/inside.html", "outro.html"),
                outputs(course));
    }

    @Test
    void chaptersNest() {
        Course course = files()
                .file("01-a/01-b/01-c/01-deep.md", "# Deep\n")
                .file("01-a/02-after.md", "x")
                .load(diagnostics);
        assertEquals(List.of("index.html", "a/index.html", "a/b/index.html", "a/b/c/index.html", "a/b/c/deep.html",
                "a/after.html"), outputs(course));
        assertEquals(List.of("01-a/", "01-a/01-b/", "01-a/01-b/01-c/"),
                course.chapters().stream().map(Chapter::sourcePath).toList());
        assertEquals(3, course.pagesInOrder().get(4).depth());
    }

    @Test
    void chapterWithoutIndexGetsAGeneratedPageTitledByItsFolder() {
        Course course = files().file("03-deployment-patterns/01-canary.md", "# Canary\n").load(diagnostics);
        Chapter chapter = course.chapters().get(0);
        assertEquals("Deployment patterns", chapter.title());
        assertEquals(3, chapter.order());
        Page intro = chapter.intro();
        assertEquals("deployment-patterns/index.html", intro.outputPath());
        assertEquals(Page.Kind.CHAPTER, intro.kind());
        assertEquals("", intro.body());
        assertEquals(null, intro.summary());
        assertEquals("03-deployment-patterns/", intro.sourcePath());
        assertEquals("content/03-deployment-patterns/", intro.label());
        assertEquals("", problems());
    }

    @Test
    void homeWithoutIndexIsGenerated() {
        Course course = files().file("01-note.md", "x").load(diagnostics);
        assertEquals(Page.Kind.HOME, course.root().intro().kind());
        assertEquals("index.html", course.root().intro().outputPath());
        assertEquals("Course", course.root().intro().title());
    }

    @Test
    void titleFallsBackFromFrontMatterToFirstHeadingToFileName() {
        Course course = files()
                .file("01-front.md", "---\ntitle: From front matter\n---\n# From heading\n")
                .file("02-heading.md", "---\nsummary: s\n---\nText\n\n# From *heading*\n")
                .file("03-file-name_here.md", "No heading.\n")
                .file("04-Data Collection/index.md", "Chapter text without a heading.\n")
                .file("04-Data Collection/note.md", "x")
                .file("05-chapter/index.md", "# Chapter heading\n")
                .file("06-lower.md", "Text.\n\n### 1.1 Overview\n\n## Later\n")
                .file("07-both.md", "## Second level\n\n# First level wins\n")
                .load(diagnostics);
        assertEquals("""
                index.html (Course)
                front.html (From front matter)
                heading.html (From heading)
                file-name_here.html (File name here)
                data-collection/index.html (Data Collection)
                data-collection/note.html (Note)
                chapter/index.html (Chapter heading)
                lower.html (1.1 Overview)
                both.html (First level wins)""", readingOrder(course));
        assertEquals("Chapter heading", course.chapters().get(1).title());
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        CourseFiles files = files()
                .file("01-done.md", "x")
                .file("02-wip.md", "---\ndraft: true\n---\n")
                .file("03-not-draft.md", "---\ndraft: false\n---\n")
                .file("04-drafts-only/index.md", "---\ndraft: true\n---\n")
                .file("04-drafts-only/wip.md", "---\ndraft: true\n---\n");
        assertEquals(List.of("index.html", "done.html", "not-draft.html"), outputs(files.load(false, diagnostics)));
        assertEquals(List.of("index.html", "done.html", "wip.html", "not-draft.html", "drafts-only/index.html",
                "drafts-only/wip.html"), outputs(files.load(true, diagnostics)));
        assertEquals("", problems());
    }

    @Test
    void draftIndexLeavesAGeneratedChapterPage() {
        Course course = files()
                .file("01-part/index.md", "---\ntitle: Secret intro\ndraft: true\n---\n")
                .file("01-part/note.md", "x")
                .load(diagnostics);
        assertEquals("Part", course.chapters().get(0).title());
        assertEquals("", course.chapters().get(0).intro().body());
    }

    @Test
    void assetsAreCopiedBesideTheirPagesWithoutFolderPrefixes() {
        Course course = files()
                .file("01-basics/01-first.md", "x")
                .file("01-basics/diagram.svg", "<svg/>")
                .file("01-basics/02-Sub Part/data.csv", "a,b")
                .file("01-basics/02-Sub Part/note.md", "x")
                .file("logo.png", "png")
                .file("01-basics/03-kept-name.pdf", "pdf")
                .load(diagnostics);
        assertEquals(List.of(
                        "01-basics/03-kept-name.pdf -> basics/03-kept-name.pdf",
                        "01-basics/diagram.svg -> basics/diagram.svg",
                        "01-basics/02-Sub Part/data.csv -> basics/sub-part/data.csv",
                        "logo.png -> logo.png"),
                course.assets().stream().map(asset -> asset.sourcePath() + " -> " + asset.outputPath()).toList());
        assertEquals(project.resolve("content/01-basics/diagram.svg"), course.assets().get(1).source());
    }

    @Test
    void aFolderWithoutNotesIsNotAChapterButItsFilesAreCopied() {
        Course course = files()
                .file("01-basics/01-first.md", "x")
                .file("01-basics/images/loop.svg", "<svg/>")
                .file("shared/02-img/logo.png", "png")
                .folder("empty")
                .load(diagnostics);
        assertEquals(List.of("01-basics/"), course.chapters().stream().map(Chapter::sourcePath).toList());
        assertEquals(List.of("index.html", "basics/index.html", "basics/first.html"), outputs(course));
        assertEquals(List.of("basics/images/loop.svg", "shared/img/logo.png"),
                course.assets().stream().map(Asset::outputPath).toList());
        assertEquals("", problems());
    }

    @Test
    void hiddenFilesAndFoldersAreIgnored() {
        Course course = files()
                .file(".obsidian/workspace.md", "x")
                .file(".DS_Store", "x")
                .file("01-a/.hidden.md", "x")
                .file("01-a/note.md", "x")
                .load(diagnostics);
        assertEquals(List.of("index.html", "a/index.html", "a/note.html"), outputs(course));
        assertTrue(course.assets().isEmpty());
        assertEquals(Map.of(".obsidian/", "names starting with '.' are left out of the site",
                ".DS_Store", "names starting with '.' are left out of the site",
                "01-a/.hidden.md", "names starting with '.' are left out of the site"), course.skipped(),
                "a link into them can say why they are missing");
    }

    @Test
    void readmeIntroducesItsFolderLikeIndexAndComesFirst() {
        Course course = files()
                .file("README.md", "# Course home\n")
                .file("01-week/README.md", "# Week one\n")
                .file("01-week/01-lecture.md", "# Lecture\n")
                .file("01-week/02-homework/README.md", "# Homework\n")
                .file("01-week/02-homework/code/solve.py", "pass")
                .load(diagnostics);
        assertEquals("""
                index.html (Course home)
                week/index.html (Week one)
                week/lecture.html (Lecture)
                week/homework/index.html (Homework)""", readingOrder(course));
        assertEquals("01-week/README.md", course.chapters().get(0).intro().sourcePath());
        assertEquals(Set.of("01-week/", "01-week/02-homework/", "01-week/02-homework/code/"), course.folders());
        assertEquals("[]", diagnostics.sorted().toString());
    }

    @Test
    void indexAndReadmeInOneFolderAreAnErrorNamingBoth() {
        files().file("01-week/index.md", "# Index\n").file("01-week/README.md", "# Readme\n").load(diagnostics);
        assertEquals("[content/01-week/README.md:1:1: both 'content/01-week/index.md' and 'content/01-week/README.md'"
                + " would be this folder's introduction (its page week/index.html); merge them into one, or rename one to"
                + " make it a note]", diagnostics.sorted().toString());
    }

    @Test
    void versionNamedFoldersAreOrderedByTheirNumbers() {
        Course course = files()
                .file("3.10/01-a.md", "x")
                .file("3.2/01-a.md", "x")
                .file("3.0-intro/index.md", "x")
                .file("3.1/01-a.md", "x")
                .load(diagnostics);
        assertEquals(List.of("index.html", "intro/index.html", "3.1/index.html", "3.1/a.html", "3.2/index.html",
                "3.2/a.html", "3.10/index.html", "3.10/a.html"), outputs(course));
        assertEquals(List.of("Intro", "3.1", "3.2", "3.10"), course.chapters().stream().map(Chapter::title).toList());
    }

    @Test
    void draftsLeftOutAreRecordedWithTheReason() {
        Course course = files().file("01-a/01-wip.md", "---\ndraft: true\n---\n").file("01-a/02-b.md", "x")
                .load(diagnostics);
        assertEquals(Map.of("01-a/01-wip.md", "it is a draft (draft: true), left out of the build"), course.skipped());
    }

    @Test
    void twoNotesWithTheSameUrlAreAnError() {
        Course course = files()
                .file("01-intro.md", "x")
                .file("02-intro.md", "x")
                .file("03-Intro.md", "x")
                .load(diagnostics);
        assertEquals("""
                content/02-intro.md:1:1: maps to the same URL 'intro.html' as 'content/01-intro.md'; rename one of them
                content/03-Intro.md:1:1: maps to the same URL 'intro.html' as 'content/01-intro.md'; rename one of them""",
                problems());
        assertEquals(List.of("index.html", "intro.html"), outputs(course));
    }

    @Test
    void twoFoldersWithTheSameUrlAreAnError() {
        files().file("01-basics/index.md", "x").file("01-basics/a.md", "x")
                .file("02-basics/b.md", "x")
                .load(diagnostics);
        assertEquals("content/02-basics/:1:1: maps to the same URL 'basics/index.html' as 'content/01-basics/index.md';"
                + " rename one of them", problems());
    }

    @Test
    void aNoteCalledIndexInAChapterClashesWithItsIntroduction() {
        files().file("01-part/index.md", "x").file("01-part/01-index.md", "x").load(diagnostics);
        assertEquals("content/01-part/01-index.md:1:1: maps to the same URL 'part/index.html' as"
                + " 'content/01-part/index.md'; rename one of them", problems());
    }

    @Test
    void notesAndFilesMayNotTakeThePathsOfGeneratedFiles() {
        files().generating("practice.html", "search.html", "404.html", "print.html", "sitemap.xml", "assets/style.css")
                .file("practice.md", "x")
                .file("01-search.md", "x")
                .file("404.html", "<p>mine</p>")
                .file("sitemap.xml", "<x/>")
                .file("01-part/practice.md", "allowed in a chapter")
                .file("assets/style.css", "body {}")
                .file("assets/mine.css", "allowed beside the theme's")
                .file("print.html/01-note.md", "# Note")
                .file("sitemap.xml.md", "allowed: sitemap.xml.html")
                .load(diagnostics);
        assertEquals("""
                content/01-search.md:1:1: maps to the same URL 'search.html' as the generated search.html; rename one of them
                content/404.html:1:1: maps to the same URL '404.html' as the generated 404.html; rename one of them
                content/assets/style.css:1:1: maps to the same URL 'assets/style.css' as the generated assets/style.css; rename one of them
                content/practice.md:1:1: maps to the same URL 'practice.html' as the generated practice.html; rename one of them
                content/print.html/01-note.md:1:1: maps to 'print.html/note.html', but 'print.html' is the generated print.html, not a folder; rename one of them
                content/sitemap.xml:1:1: maps to the same URL 'sitemap.xml' as the generated sitemap.xml; rename one of them""",
                problems());
    }

    @Test
    void aFileAndAFolderMayNotTakeTheSamePath() {
        files().file("01-basics/01-first.md", "# First").file("basics", "a file")
                .file("02-data.md", "# Data").file("data.html/x.png", "an image in a folder named like a page")
                .load(diagnostics);
        assertEquals("""
                content/basics:1:1: maps to 'basics', but that is a folder holding 'basics/first.html' from 'content/01-basics/01-first.md'; rename one of them
                content/data.html/x.png:1:1: maps to 'data.html/x.png', but 'data.html' is the file from 'content/02-data.md', not a folder; rename one of them""",
                problems());
    }

    @Test
    void missingContentFolderIsAnError() {
        Course course = ContentLoader.load(project.resolve("nowhere"), "nowhere/", false, Set.of(), diagnostics);
        assertTrue(problems().startsWith("nowhere:1:1: content folder does not exist"), problems());
        assertEquals(List.of("index.html"), outputs(course));
    }

    @Test
    void theSameInputGivesTheSameCourse() {
        CourseFiles files = files().file("b/x.md", "x").file("a/y.md", "y").file("c.md", "c").file("a/pic.png", "p");
        assertEquals(files.load(diagnostics), files.load(diagnostics));
        assertFalse(diagnostics.hasErrors());
    }
}
