package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.diagnostic.BuildNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteMetadataTest {

    @TempDir
    Path project;

    @Test
    void theSitemapListsEveryPageByItsAbsoluteUrl() throws Exception {
        BuildResult result = build(Fixtures.copy("basic-course", project), "https://example.github.io/repo");
        assertTrue(result.written());
        Document sitemap = Jsoup.parse(Files.readString(project.resolve("site/sitemap.xml")), "", Parser.xmlParser());
        List<String> urls = sitemap.select("url > loc").eachText();
        assertEquals(List.of("https://example.github.io/repo/", "https://example.github.io/repo/basics/index.html",
                "https://example.github.io/repo/basics/first.html", "https://example.github.io/repo/basics/second.html",
                "https://example.github.io/repo/more/index.html", "https://example.github.io/repo/more/nested/index.html",
                "https://example.github.io/repo/more/nested/deep.html",
                "https://example.github.io/repo/more/markdown.html"), urls);
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.selectFirst("urlset").attr("xmlns"));
        for (String url : urls) {
            String path = url.substring("https://example.github.io/repo/".length());
            assertTrue(Files.isRegularFile(project.resolve("site").resolve(path.isEmpty() ? "index.html" : path)), url);
        }
    }

    @Test
    void robotsTxtPointsAtTheSitemap() throws Exception {
        build(Fixtures.copy("basic-course", project), "https://example.github.io/repo/");
        String robots = Files.readString(project.resolve("site/robots.txt"));
        assertTrue(robots.startsWith("User-agent: *\nAllow: /\n"), robots);
        assertTrue(robots.contains("\nSitemap: https://example.github.io/repo/sitemap.xml\n"), robots);
    }

    @Test
    void withoutASiteUrlTheyAreSkippedWithANoteThatDoesNotFailTheBuild() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project).failOnWarnings(true).build());
        assertTrue(result.written(), result.diagnostics().toString());
        assertEquals(List.of(), result.diagnostics());
        assertFalse(Files.exists(project.resolve("site/sitemap.xml")));
        assertFalse(Files.exists(project.resolve("site/robots.txt")));
        assertTrue(result.notes().stream().anyMatch(note -> note.level() == BuildNote.Level.WARNING
                && note.message().contains("sitemap.xml")), result.notes().toString());
    }

    @Test
    void aSiteUrlLeavesNoWarningNote() throws Exception {
        BuildResult result = build(Fixtures.copy("basic-course", project), "https://example.org/");
        assertTrue(result.notes().stream().noneMatch(note -> note.level() == BuildNote.Level.WARNING),
                result.notes().toString());
    }

    @Test
    void aCustomDomainIsWrittenToCnameAndGivesTheSiteUrl() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project).cname("https://docs.example.org/").build());
        assertTrue(result.written());
        assertEquals("docs.example.org\n", Files.readString(project.resolve("site/CNAME")));
        assertTrue(Files.readString(project.resolve("site/robots.txt")).contains("Sitemap: https://docs.example.org/sitemap.xml"));
    }

    @Test
    void noCnameFileWithoutACustomDomain() throws Exception {
        build(Fixtures.copy("basic-course", project), "https://example.org/");
        assertFalse(Files.exists(project.resolve("site/CNAME")));
        assertTrue(Files.exists(project.resolve("site/.nojekyll")));
    }

    @Test
    void everyNoteHasACanonicalLinkAndOpenGraphMetaFromItsSummary() throws Exception {
        build(Fixtures.copy("basic-course", project), "https://example.org/course/");
        Document note = Jsoup.parse(project.resolve("site/basics/first.html").toFile());
        assertEquals("https://example.org/course/basics/first.html", note.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/course/basics/first.html", note.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("A note with one card of each type.", note.selectFirst("meta[name=description]").attr("content"));
        assertEquals("A note with one card of each type.", note.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals("https://example.org/course/",
                Jsoup.parse(project.resolve("site/index.html").toFile()).selectFirst("link[rel=canonical]").attr("href"));
    }

    private static BuildResult build(Path project, String siteUrl) throws Exception {
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project).title("Fixture Course").siteUrl(siteUrl).build());
        assertEquals(List.of(), result.diagnostics());
        return result;
    }
}
