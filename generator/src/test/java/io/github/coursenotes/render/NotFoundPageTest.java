package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotFoundPageTest {

    @TempDir
    Path project;

    @Test
    void withASiteUrlEveryLinkGoesThroughTheSitePathSoItWorksAtAnyDepth() throws Exception {
        Document page = build("https://example.github.io/repo/");
        List<String> urls = urls(page);
        assertTrue(urls.size() > 10, urls.toString());
        for (String url : urls) {
            assertTrue(url.startsWith("/repo/") || url.equals("#main"), url);
        }
        assertTrue(urls.contains("/repo/assets/style.css"), urls.toString());
        assertTrue(urls.contains("/repo/assets/search.js"), urls.toString());
        assertTrue(urls.contains("/repo/index.html"), urls.toString());
        assertEquals("/repo/search.html", page.selectFirst("form.site-search").attr("action"));
        assertEquals("/repo/", page.body().attr("data-root"));
    }

    @Test
    void atTheRootOfADomainTheSitePathIsSlash() throws Exception {
        Document page = build("https://docs.example.org");
        assertEquals("/assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void withoutASiteUrlLinksAreRelativeToTheRoot() throws Exception {
        Document page = build(null);
        assertEquals("assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void isNotACanonicalPage() throws Exception {
        Document page = build("https://example.github.io/repo/");
        assertNull(page.selectFirst("link[rel=canonical]"));
        assertNull(page.selectFirst("base"));
    }

    private Document build(String siteUrl) throws Exception {
        Fixtures.copy("basic-course", project);
        SiteBuilder.build(BuildConfig.builder(project).siteUrl(siteUrl).build());
        return Jsoup.parse(project.resolve("site/404.html").toFile());
    }

    private static List<String> urls(Document page) {
        List<String> urls = new ArrayList<>();
        for (Element element : page.select("[href], [src], form[action]")) {
            for (String attribute : List.of("href", "src", "action")) {
                if (element.hasAttr(attribute)) {
                    urls.add(element.attr(attribute));
                }
            }
        }
        return urls;
    }
}
