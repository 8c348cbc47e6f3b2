package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.output.OutputGuard;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.SiteRenderer;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path project;

    private List<String> siteFiles() throws IOException {
        Path site = project.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(path -> site.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void buildsTheFixtureCourse() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.build(Fixtures.config(project));
        assertEquals("[]", result.diagnostics().toString());
        assertTrue(result.written());
        assertTrue(Files.exists(project.resolve("site/index.html")));
        assertTrue(Files.exists(project.resolve("site/basics/first.html")));
        assertTrue(Files.exists(project.resolve("site/more/nested/deep.html")));
        assertTrue(Files.exists(project.resolve("site/more/nested/index.html")));
        assertTrue(Files.exists(project.resolve("site/basics/diagram.svg")));
        assertTrue(Files.exists(project.resolve("site/more/images/dot.svg")));
        assertTrue(Files.exists(project.resolve("site/assets/style.css")));
        assertTrue(Files.exists(project.resolve("site/.nojekyll")));
        assertFalse(Files.exists(project.resolve("site/basics/index.md")));
        assertFalse(Files.exists(project.resolve("site/more/images/index.html")), "a folder of images is no chapter");
        assertEquals(8, result.pages());
        assertEquals(3, result.chapters());
        assertEquals(6, result.cards());
        assertFalse(result.hasErrors());
        assertEquals(0, result.warningCount());
    }

    @Test
    void everyFileWrittenIsACourseFileOrAGeneratedFileTheOutputsDeclare() throws Exception {
        Fixtures.copy("basic-course", project);
        for (String cname : new String[] {null, "docs.example.org"}) {
            BuildConfig config = BuildConfig.builder(project).title("Fixture Course").cname(cname).build();
            Theme theme = Theme.load(config.templatesDirectory());
            Diagnostics diagnostics = new Diagnostics();
            Course course = Pipeline.load(config, theme, diagnostics);
            List<ParsedPage> pages = Pipeline.parse(config, course.pagesInOrder(), diagnostics);
            SiteContext site = Pipeline.site(config, theme, course,
                    Pipeline.check(config, course, pages, diagnostics, diagnostics), diagnostics);
            assertTrue(SiteBuilder.build(config).written());

            Set<String> declared = new TreeSet<>(SiteRenderer.generatedPaths(site.settings(), theme));
            assertEquals(cname != null, declared.containsAll(Set.of("CNAME", "sitemap.xml", "robots.txt")), declared::toString);
            Set<String> expected = new TreeSet<>(declared);
            site.pages().forEach(page -> expected.add(page.page().outputPath()));
            site.course().assets().forEach(asset -> expected.add(asset.outputPath()));
            expected.add(OutputGuard.MARKER);
            assertEquals(expected, new TreeSet<>(siteFiles()));
        }
    }

    @Test
    void aBrokenLinkFailsTheBuildWithItsLocationAndKeepsThePreviousSite() throws Exception {
        CourseFiles files = CourseFiles.in(project)
                .file("index.md", "# Home\n\nSee [the note](01-part/01-note.md).\n")
                .file("01-part/01-note.md", "---\ntitle: Note\n---\n## Section\n");
        assertTrue(SiteBuilder.build(Fixtures.config(project)).written());
        List<String> before = siteFiles();
        String home = Files.readString(project.resolve("site/index.html"));

        files.file("01-part/01-note.md", "---\ntitle: Note\n---\nNow with a [broken](missing.md) link\n"
                + "and a [bad anchor](../index.md#homme).\n");
        files.file("01-part/02-new.md", "# New page\n");
        BuildResult result = SiteBuilder.build(Fixtures.config(project));

        assertEquals(List.of(
                "content/01-part/01-note.md:4:12: broken link 'missing.md': no note or file at content/01-part/missing.md",
                "content/01-part/01-note.md:5:7: broken anchor '#homme': 'content/index.md' has no heading or card with"
                        + " that anchor (did you mean '#home'?)"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(result.written());
        assertTrue(result.hasErrors());
        assertEquals(before, siteFiles());
        assertEquals(home, Files.readString(project.resolve("site/index.html")));
        try (Stream<Path> siblings = Files.list(project)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void problemsOfTheWholeBuildAreReportedTogetherSorted() throws Exception {
        CourseFiles.in(project)
                .file("b.md", "[x](nope.md)\n")
                .file("a.md", "---\ncolour: red\n---\n[y](gone.md) [z](#none)\n")
                .file("01-x.md", "x")
                .file("x.md", "x");
        BuildResult result = SiteBuilder.build(Fixtures.config(project));
        assertEquals(List.of(
                "content/a.md:2:1: warning: unknown front matter key 'colour' (known keys: draft, summary, title, weight)",
                "content/a.md:4:1: broken link 'gone.md': no note or file at content/gone.md",
                "content/a.md:4:14: broken anchor '#none': this page has no heading or card with that anchor",
                "content/b.md:1:1: broken link 'nope.md': no note or file at content/nope.md",
                "content/x.md:1:1: maps to the same URL 'x.html' as 'content/01-x.md'; rename one of them"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(1, result.warningCount());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void warningsFailTheBuildOnlyWhenAskedTo() throws Exception {
        CourseFiles.in(project).file("a.md", "---\ncolour: red\n---\n");
        assertTrue(SiteBuilder.build(Fixtures.config(project)).written());
        BuildResult strict = SiteBuilder.build(BuildConfig.builder(project).failOnWarnings(true).build());
        assertFalse(strict.written());
        assertEquals(1, strict.warningCount());
    }

    @Test
    void checkingWritesNothing() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.check(Fixtures.config(project));
        assertEquals("[]", result.diagnostics().toString());
        assertFalse(result.written());
        assertEquals(8, result.pages());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor() throws Exception {
        CourseFiles.in(project).file("01-done.md", "x").file("02-wip.md", "---\ndraft: true\n---\n# WIP\n");
        assertEquals(2, SiteBuilder.build(Fixtures.config(project)).pages());
        assertFalse(Files.exists(project.resolve("site/wip.html")));
        assertEquals(3, SiteBuilder.build(BuildConfig.builder(project).drafts(true).build()).pages());
        assertTrue(Files.exists(project.resolve("site/wip.html")));
    }

    @Test
    void theSummaryNamesPagesChaptersCardsAndTime() {
        assertEquals("24 pages, 5 chapters, 96 cards in 812 ms",
                new BuildResult(List.of(), true, 24, 5, 96, 812, List.of()).summary());
    }

    @Test
    void theNotFoundPageLinksFromTheSitePathBecauseItIsServedAtAnyMissingPath() throws Exception {
        CourseFiles.in(project).file("01-part/note.md", "x");
        SiteBuilder.build(BuildConfig.builder(project).siteUrl("https://user.github.io/repo").build());
        String published = Files.readString(project.resolve("site/404.html"));
        assertTrue(published.contains("href=\"/repo/assets/style.css\""), published);
        assertTrue(published.contains("href=\"/repo/part/index.html\""), published);
        SiteBuilder.build(BuildConfig.builder(project).build());
        String local = Files.readString(project.resolve("site/404.html"));
        assertTrue(local.contains("href=\"assets/style.css\""), local);
    }

    @Test
    void titleAndDescriptionDefaultToTheHomePage() throws Exception {
        CourseFiles.in(project).file("index.md", "---\ntitle: Home Title\nsummary: Home summary.\n---\n");
        SiteBuilder.build(BuildConfig.builder(project).build());
        String home = Files.readString(project.resolve("site/index.html"));
        assertTrue(home.contains("<title>Home Title</title>"), home);
        assertTrue(home.contains("Home summary."), home);
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
