package io.github.coursenotes.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site the way GitHub Pages serves a project site: under {@code /repo/} on
 * 127.0.0.1 (an ephemeral port), {@code /repo/} answered by {@code index.html}, and any missing
 * path answered by the site's {@code 404.html} with status 404.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "json", "application/json");

    private final HttpServer server;
    private final Path site;
    private final String prefix;

    private SiteServer(Path site, String prefix) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code site} under {@code prefix}, e.g. {@code /repo/}. */
    static SiteServer start(Path site, String prefix) throws IOException {
        return new SiteServer(site, prefix);
    }

    /** The URL of {@code path} under the prefix, e.g. {@code http://127.0.0.1:4711/repo/index.html}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = resolve(path);
            if (file == null) {
                send(exchange, 404, site.resolve("404.html"));
            } else {
                send(exchange, 200, file);
            }
        }
    }

    private Path resolve(String path) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        String relative = path.substring(prefix.length());
        Path file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative).normalize();
        return file.startsWith(site) && Files.isRegularFile(file) ? file : null;
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        byte[] body = Files.readAllBytes(file);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
