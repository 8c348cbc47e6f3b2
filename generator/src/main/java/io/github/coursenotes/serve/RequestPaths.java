package io.github.coursenotes.serve;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a request's path into a path relative to the site folder, refusing anything that could
 * leave it: {@code ..} and {@code .} segments (also percent-encoded, e.g. {@code %2e%2e} or
 * {@code ..%2f}), backslashes, drive letters and NUL. Empty segments ({@code //}) are dropped, so an
 * absolute-looking path stays inside the site.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /** The path under the site folder with forward slashes ({@code ""} for the root), or empty when refused. */
    static Optional<String> relative(URI requestUri) {
        String raw = requestUri.getRawPath();
        String decoded = requestUri.getPath(); // percent escapes decoded: checks below see what the file system would
        if (raw == null || decoded == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf(':') >= 0) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(String.join("/", segments));
    }

    /** Whether the request names a folder ({@code /}, {@code /chapter/}). */
    static boolean namesFolder(URI requestUri) {
        String raw = requestUri.getRawPath();
        return raw != null && raw.endsWith("/");
    }
}
