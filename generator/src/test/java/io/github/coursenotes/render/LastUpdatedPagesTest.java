package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.GitRepository;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastUpdatedPagesTest {

    @TempDir
    Path project;

    @Test
    void notesShowTheDateOfTheirLastCommitAndTheSitemapToo() throws Exception {
        Fixtures.copy("basic-course", project);
        GitRepository repository = GitRepository.init(project);
        repository.commitAll("2024-01-15T10:00:00+00:00");
        Files.writeString(project.resolve("content/01-basics/02-second.md"), "\nMore text.\n", StandardOpenOption.APPEND);
        repository.commitAll("2024-03-02T10:00:00+00:00");

        SiteBuilder.build(config(project.resolve("site")));
        Element second = Jsoup.parse(project.resolve("site/basics/second.html").toFile()).selectFirst(".last-updated time");
        assertEquals("2024-03-02", second.attr("datetime"));
        assertEquals("2 March 2024", second.text());
        Element first = Jsoup.parse(project.resolve("site/basics/first.html").toFile()).selectFirst(".last-updated time");
        assertEquals("2024-01-15", first.attr("datetime"));
        String sitemap = Files.readString(project.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/basics/second.html</loc><lastmod>2024-03-02</lastmod>"), sitemap);
    }

    @Test
    void theSameCommitBuildsByteIdenticalSites() throws Exception {
        Fixtures.copy("basic-course", project);
        GitRepository.init(project).commitAll("2024-01-15T10:00:00+00:00");
        SiteBuilder.build(config(project.resolve("one")));
        SiteBuilder.build(config(project.resolve("two")));
        Map<String, String> one = files(project.resolve("one"));
        assertTrue(one.get("basics/first.html").contains("2024-01-15"));
        assertEquals(one, files(project.resolve("two")));
    }

    @Test
    void withoutGitThereIsNoDate() throws Exception {
        Fixtures.copy("basic-course", project);
        SiteBuilder.build(config(project.resolve("site")));
        assertNull(Jsoup.parse(project.resolve("site/basics/first.html").toFile()).selectFirst(".last-updated"));
        assertTrue(!Files.readString(project.resolve("site/sitemap.xml")).contains("lastmod"));
    }

    private BuildConfig config(Path output) {
        return BuildConfig.builder(project).title("Fixture Course").siteUrl("https://example.org/").outputDirectory(output).build();
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // Latin-1 maps every byte to one character: binary files (cards.apkg) compare byte for byte too
                files.put(site.relativize(file).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
