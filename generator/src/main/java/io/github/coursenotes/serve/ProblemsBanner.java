package io.github.coursenotes.serve;

import io.github.coursenotes.diagnostic.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The banner the preview server adds to every page while the course has problems: how many errors
 * and warnings, the first error (or warning), and a link to the page listing them all ({@link #PROBLEMS_PATH}). A
 * course with errors is shown all the same, so that notes brought from elsewhere can be read while
 * they are fixed; {@code mvn package} still fails on them. Nothing of it is written to the site.
 */
final class ProblemsBanner {

    static final String PROBLEMS_PATH = ReloadScript.PREFIX + "problems";
    static final String STYLE_PATH = ReloadScript.PREFIX + "banner.css";
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private ProblemsBanner() {
    }

    /** {@code html} with the banner at the start of its body (at its start when it has no body tag); as is without problems. */
    static String inject(String html, BuildStatus status) {
        List<Diagnostic> problems = status.diagnostics();
        if (problems.isEmpty()) {
            return html;
        }
        Matcher body = BODY.matcher(html);
        int at = body.find() ? body.end() : 0;
        return html.substring(0, at) + banner(problems) + html.substring(at);
    }

    static String banner(List<Diagnostic> problems) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        long warnings = problems.size() - errors;
        String counts = count(errors, "error") + (errors > 0 && warnings > 0 ? " and " : "") + count(warnings, "warning");
        String consequence = errors > 0 ? " — this preview shows the course anyway; <code>mvn package</code> fails until they are fixed."
                : ".";
        return "<link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\">\n"
                + "<div class=\"coursenotes-problems" + (errors > 0 ? " has-errors" : "") + "\" role=\"region\""
                + " aria-label=\"Build problems\">\n"
                + "<p><strong>The build found " + counts + "</strong>" + consequence
                + " <a href=\"" + PROBLEMS_PATH + "\">See all problems</a></p>\n"
                + "<p class=\"coursenotes-problems-first\"><code>" + ErrorPage.escape(first(problems).format())
                + "</code></p>\n</div>\n";
    }

    /** The first error, which is what keeps {@code mvn package} from passing; else the first warning. */
    private static Diagnostic first(List<Diagnostic> problems) {
        return problems.stream().filter(Diagnostic::isError).findFirst().orElse(problems.get(0));
    }

    private static String count(long n, String noun) {
        if (n == 0) {
            return "";
        }
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whether a request path is the problems page. */
    static boolean isProblemsPage(String path) {
        return path.toLowerCase(Locale.ROOT).equals(PROBLEMS_PATH);
    }
}
