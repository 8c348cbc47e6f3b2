package io.github.coursenotes.serve;

/**
 * The page the browser shows instead of a stale one while the latest build has failed: every
 * problem as {@code file:line:column: message}, HTML-escaped, and the reload hook, so the page
 * turns back into the site by itself once the problem is fixed.
 */
final class ErrorPage {

    static final String STYLE_PATH = ReloadScript.PREFIX + "preview.css";

    private ErrorPage() {
    }

    static String render(BuildStatus status) {
        return render(status, "Build failed", "The build failed", "Fix the %s below and save: this page turns back into"
                + " your course by itself.");
    }

    /** The page listing the problems of a course the preview still shows ({@link ProblemsBanner}). */
    static String renderProblems(BuildStatus status) {
        return render(status, "Problems", "Problems in the course", "The preview shows the course with the %s below;"
                + " <code>mvn package</code> fails on errors. <a href=\"/\">Back to the course</a>.");
    }

    private static String render(BuildStatus status, String title, String heading, String intro) {
        StringBuilder items = new StringBuilder();
        for (String problem : status.problems()) {
            items.append("<li><code>").append(escape(problem)).append("</code></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
                <title>%s · coursenotes</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body class="coursenotes-build-failed">
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <ol class="problems">
                %s</ol>
                </main>
                %s</body>
                </html>
                """.formatted(title, STYLE_PATH, heading,
                intro.formatted(status.problems().size() == 1 ? "problem" : "problems"), items,
                ReloadScript.tag(status.number()));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
