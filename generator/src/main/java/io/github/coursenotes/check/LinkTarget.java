package io.github.coursenotes.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link destination split into path and fragment, with the path resolved against the folder of
 * the page that contains it.
 */
record LinkTarget(String path, String fragment) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static boolean isExternal(String destination) {
        return SCHEME.matcher(destination).find() || destination.startsWith("//");
    }

    static LinkTarget parse(String destination) {
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? null : decode(destination.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return new LinkTarget(decode(path), fragment);
    }

    /**
     * Resolves {@code path} against {@code folder} (both relative to {@code content/}, folder empty
     * or ending in {@code /}); empty when the result would climb out of {@code content/}.
     */
    static Optional<String> resolve(String folder, String path) {
        String[] parts = (folder + path).split("/", -1);
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    return Optional.empty();
                }
                stack.removeLast();
            } else if (!part.equals(".") && !(part.isEmpty() && !last)) {
                stack.addLast(part);
            }
        }
        return Optional.of(String.join("/", stack));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}
