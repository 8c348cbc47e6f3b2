package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.diagnostic.BuildNote;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPagesTest {

    @TempDir
    Path project;

    @Test
    void writesTheIndexAndTellsItsSize() throws Exception {
        Fixtures.copy("basic-course", project);
        BuildResult result = SiteBuilder.build(Fixtures.config(project));
        Path index = project.resolve("site/search-index.js");
        assertTrue(Files.isRegularFile(index));
        String expected = "search index: " + SearchPages.size((int) Files.size(index)) + ", ";
        assertTrue(result.notes().stream().anyMatch(note -> note.level() == BuildNote.Level.INFO
                && note.message().startsWith(expected) && note.message().endsWith("from 8 pages")), result.notes().toString());
        String script = Files.readString(index);
        assertTrue(script.contains("\"card-flip-one\",\"What is a flip card?\""), script);
        assertTrue(script.contains("[\"basics/first.html\",\"First note\"]"), script);
    }

    @Test
    void theSearchPageExplainsThatSearchNeedsJavaScript() throws Exception {
        Fixtures.copy("basic-course", project);
        SiteBuilder.build(Fixtures.config(project));
        Document page = Jsoup.parse(project.resolve("site/search.html").toFile());
        assertEquals("Search", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("noscript").html().contains("needs JavaScript"), page.selectFirst("noscript").html());
        assertNotNull(page.getElementById("search-page-results"));
        assertEquals("status", page.getElementById("search-page-status").attr("role"));
        assertEquals("search.html", page.selectFirst("form.site-search").attr("action"));
    }

    @Test
    void sizesAreHumanReadable() {
        assertEquals("900 B", SearchPages.size(900));
        assertEquals("100.0 KB", SearchPages.size(102400));
    }
}
