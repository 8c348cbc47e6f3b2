package io.github.coursenotes.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/** The server's own files under {@code /__coursenotes/}: the reload script, the styles of the error page and the problems banner, and the list of problems. */
final class PreviewFiles implements HttpHandler {

    private static final Map<String, String> FILES = Map.of(
            ReloadScript.SCRIPT_PATH, "reload.js",
            ErrorPage.STYLE_PATH, "preview.css",
            ProblemsBanner.STYLE_PATH, "banner.css");

    private final Supplier<BuildStatus> status;

    /** @param status the latest build, whose problems {@link ProblemsBanner#PROBLEMS_PATH} lists */
    PreviewFiles(Supplier<BuildStatus> status) {
        this.status = status;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Responses.allowRead(exchange)) {
                return;
            }
            if (ProblemsBanner.isProblemsPage(exchange.getRequestURI().getPath())) {
                BuildStatus latest = status.get();
                Responses.html(exchange, 200, ErrorPage.renderProblems(latest));
                return;
            }
            String resource = FILES.get(exchange.getRequestURI().getPath());
            if (resource == null) {
                Responses.text(exchange, 404, "not found");
                return;
            }
            Responses.send(exchange, 200, ContentTypes.of(resource), read(resource));
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = PreviewFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource + " in the plugin");
            }
            return in.readAllBytes();
        }
    }
}
