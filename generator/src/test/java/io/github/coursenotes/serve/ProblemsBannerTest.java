package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsBannerTest {

    private static final Diagnostic ERROR = new Diagnostic("content/a.md", 3, 5, Severity.ERROR,
            "broken link '<b>.md': no note or file at content/<b>.md");
    private static final Diagnostic WARNING = new Diagnostic("content/b.md", 1, 1, Severity.WARNING, "odd");

    @Test
    void aCourseWithoutProblemsIsServedAsItIs() {
        String html = "<html><body class=\"x\"><p>Hi</p></body></html>";
        assertEquals(html, ProblemsBanner.inject(html, new BuildStatus(3, true, List.of(), null, 10)));
    }

    @Test
    void theBannerComesFirstInTheBodyCountsTheProblemsShowsTheFirstErrorEscapedAndLinksToAll() {
        String html = ProblemsBanner.inject("<html><body class=\"x\"><p>Hi</p></body></html>",
                new BuildStatus(3, true, List.of(WARNING, ERROR, WARNING), null, 10));
        assertTrue(html.startsWith("<html><body class=\"x\"><link rel=\"stylesheet\" href=\"/__coursenotes/banner.css\">\n"
                + "<div class=\"coursenotes-problems has-errors\" role=\"region\" aria-label=\"Build problems\">"), html);
        assertTrue(html.contains("<strong>The build found 1 error and 2 warnings</strong> — this preview shows the course"
                + " anyway; <code>mvn package</code> fails until they are fixed."), html);
        assertTrue(html.contains("<code>content/a.md:3:5: broken link &#39;&lt;b&gt;.md&#39;"), html);
        assertTrue(html.contains("<a href=\"/__coursenotes/problems\">See all problems</a>"), html);
        assertTrue(html.endsWith("<p>Hi</p></body></html>"), html);
    }

    @Test
    void warningsAloneGetAQuieterBanner() {
        String html = ProblemsBanner.inject("<body>", new BuildStatus(1, true, List.of(WARNING), null, 1));
        assertTrue(html.contains("<div class=\"coursenotes-problems\" role=\"region\""), html);
        assertTrue(html.contains("<strong>The build found 1 warning</strong>."), html);
    }

    @Test
    void theProblemsPageListsEveryProblemAndLeadsBack() {
        String page = ErrorPage.renderProblems(new BuildStatus(2, true, List.of(ERROR, WARNING), null, 1));
        assertTrue(page.contains("<h1>Problems in the course</h1>"), page);
        assertTrue(page.contains("<a href=\"/\">Back to the course</a>"), page);
        assertTrue(page.contains("<li><code>content/b.md:1:1: warning: odd</code></li>"), page);
    }
}
