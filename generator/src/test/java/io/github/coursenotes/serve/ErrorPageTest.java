package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void listsEveryProblemWithItsLocationEscaped() {
        BuildStatus status = new BuildStatus(4, false, List.of(
                new Diagnostic("content/a.md", 3, 7, Severity.ERROR, "broken link '<script>alert(1)</script>'"),
                new Diagnostic("templates/note.ftlh", 12, 1, Severity.WARNING, "odd & \"quoted\"")), null, 10);
        String html = ErrorPage.render(status);
        assertTrue(html.contains("<code>content/a.md:3:7: broken link &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;</code>"),
                html);
        assertTrue(html.contains("<code>templates/note.ftlh:12:1: warning: odd &amp; &quot;quoted&quot;</code>"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("<script src=\"/__coursenotes/reload.js\" data-build=\"4\"></script>"), html);
    }

    @Test
    void showsAFaultThatStoppedTheBuild() {
        String html = ErrorPage.render(BuildStatus.fault(2, "cannot write the site: disk full", 5));
        assertTrue(html.contains("<code>cannot write the site: disk full</code>"), html);
    }
}
