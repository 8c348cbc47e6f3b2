package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.browser.Browser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every page the build writes (whatever outputs exist) declares a Content-Security-Policy without
 * {@code unsafe-inline} or {@code unsafe-eval}, and holds nothing that policy would block: no
 * inline scripts, no event-handler attributes, no {@code style} attributes or elements.
 */
class ContentSecurityPolicyIT {

    @Test
    void everyPageOfTheCourseHasAStrictPolicyAndObeysIt() {
        assertStrict(Browser.course());
    }

    @Test
    void everyPageOfTheFixtureCourseHasAStrictPolicyAndObeysIt() {
        assertStrict(Browser.fixture());
    }

    @Test
    void theGitHubStyleFixtureWithFormulasRawHtmlAndCalloutsObeysThePolicyToo() {
        assertStrict(Browser.githubFixture());
    }

    private static void assertStrict(Path site) {
        List<String> pages = SiteTree.htmlPages(site);
        assertTrue(pages.size() > 5, "pages: " + pages);
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            problems.addAll(problems(path, Jsoup.parse(SiteTree.read(site, path))));
        }
        assertEquals(List.of(), problems);
    }

    static List<String> problems(String path, Document page) {
        List<String> problems = new ArrayList<>();
        var policies = page.select("head > meta[http-equiv=Content-Security-Policy]");
        if (policies.size() != 1) {
            problems.add(path + ": " + policies.size() + " Content-Security-Policy meta elements");
        } else {
            String policy = policies.first().attr("content");
            for (String required : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'")) {
                if (!policy.contains(required)) {
                    problems.add(path + ": policy lacks " + required + ": " + policy);
                }
            }
            if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*")) {
                problems.add(path + ": policy is not strict: " + policy);
            }
        }
        page.select("script:not([src]), style, [style]").forEach(element ->
                problems.add(path + ": inline code the policy blocks: " + abbreviate(element)));
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> {
                if (attribute.getKey().startsWith("on") || attribute.getValue().strip().startsWith("javascript:")) {
                    problems.add(path + ": inline script in " + element.tagName() + " " + attribute);
                }
            });
        }
        return problems;
    }

    private static String abbreviate(Element element) {
        String html = element.outerHtml();
        return html.length() > 120 ? html.substring(0, 120) + "…" : html;
    }
}
