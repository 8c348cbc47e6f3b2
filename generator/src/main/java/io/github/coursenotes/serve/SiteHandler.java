package io.github.coursenotes.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Serves the output folder: {@code index.html} for folder paths, the site's {@code 404.html} (status
 * 404) for missing files, the reload hook added to every HTML response, the problems banner while the
 * course it shows has problems ({@link ProblemsBanner}), and the error page instead of any page while
 * the latest build could not write the site. Paths that could leave the folder are refused with 400.
 *
 * <p>With a site URL ({@code https://user.github.io/repo/}) the site also answers under its path on
 * that server, {@code /repo/...}, as it will when published: the 404 page links its style sheet and
 * scripts through that path so that it works at any depth, and is then styled here too. A file that
 * really is at {@code /repo/...} in the site comes first.
 */
final class SiteHandler implements HttpHandler {

    private final Path root;
    private final Supplier<BuildStatus> status;
    private final String sitePrefix;
    /** Waits until a whole-course output (relative path) written in the background is current. */
    private final Consumer<String> awaitCurrent;

    /**
     * @param awaitCurrent waits until a whole-course output written in the background is current
     * @param siteUrl the published site's URL, or {@code null}
     */
    SiteHandler(Path root, Supplier<BuildStatus> status, Consumer<String> awaitCurrent, String siteUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.status = status;
        this.awaitCurrent = awaitCurrent;
        this.sitePrefix = sitePrefix(siteUrl);
    }

    /** {@code repo/} for {@code https://user.github.io/repo/}; empty for a site at the server's root or none. */
    static String sitePrefix(String siteUrl) {
        if (siteUrl == null) {
            return "";
        }
        String path = URI.create(siteUrl).getPath();
        String prefix = path == null ? "" : path.replaceAll("^/+", "");
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Responses.allowRead(exchange)) {
                return;
            }
            Optional<String> relative = RequestPaths.relative(exchange.getRequestURI()).map(this::underSitePath);
            Path file = relative.map(path -> root.resolve(path).normalize()).orElse(null);
            if (file == null || !file.startsWith(root)) {
                Responses.text(exchange, 400, "bad request: the path leaves the site folder");
                return;
            }
            serve(exchange, relative.get(), file);
        }
    }

    /** {@code repo/assets/style.css} becomes {@code assets/style.css} unless the site has a {@code repo/} of its own. */
    private String underSitePath(String relative) {
        if (sitePrefix.isEmpty() || !(relative + "/").startsWith(sitePrefix) || Files.exists(root.resolve(relative))) {
            return relative;
        }
        return relative.length() <= sitePrefix.length() ? "" : relative.substring(sitePrefix.length());
    }

    private void serve(HttpExchange exchange, String relative, Path file) throws IOException {
        awaitCurrent.accept(root.relativize(Files.isDirectory(file) ? file.resolve("index.html") : file).toString()
                .replace('\\', '/'));
        // Read the build number before the file: a page is then never labelled newer than its content.
        BuildStatus latest = status.get();
        if (Files.isDirectory(file)) {
            if (!relative.isEmpty() && !RequestPaths.namesFolder(exchange.getRequestURI())) {
                Responses.redirect(exchange, "/" + relative + "/"); // so the page's relative links resolve
                return;
            }
            file = file.resolve("index.html");
        }
        boolean page = ContentTypes.isHtml(file.getFileName().toString()) || !Files.isRegularFile(file);
        if (!latest.written() && page) {
            Responses.html(exchange, 500, ErrorPage.render(latest));
        } else if (Files.isRegularFile(file)) {
            try {
                send(exchange, 200, file, latest);
            } catch (NoSuchFileException swappedAway) {
                // The rebuild replaced the folder between the two calls; the reload event follows at once.
                Responses.text(exchange, 503, "the site is being rebuilt");
            }
        } else if (Files.isRegularFile(root.resolve("404.html"))) {
            send(exchange, 404, root.resolve("404.html"), latest);
        } else {
            Responses.text(exchange, 404, "not found: /" + relative);
        }
    }

    private static void send(HttpExchange exchange, int code, Path file, BuildStatus latest) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.equals(ContentTypes.HTML)) {
            String html = ReloadScript.inject(ProblemsBanner.inject(new String(body, StandardCharsets.UTF_8), latest),
                    latest.number());
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        Responses.send(exchange, code, type, body);
    }
}
