package io.github.coursenotes.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who writes each path of the site: one owner per path. A path taken by a file cannot hold a folder,
 * and a folder that holds a file cannot be a file: either way the second could not be written, or
 * would silently replace the first. Paths are relative to the site root, with forward slashes.
 */
final class OutputOwners {

    /** The owner of each file path. */
    private final Map<String, Owner> files = new HashMap<>();
    /** Each folder that holds a file (e.g. {@code basics}), and the first file put in it. */
    private final Map<String, String> folders = new HashMap<>();

    /** Gives {@code path} to the generated file of that path; the build's own files come first. */
    void claimGenerated(String path) {
        claim(path, new Owner(path, null));
    }

    /**
     * Gives {@code path} to the content file labelled {@code label} (e.g. {@code content/01-basics/01-first.md}),
     * or says why it cannot have it, e.g. {@code maps to the same URL 'deck.js' as the generated deck.js}.
     */
    Optional<String> claim(String path, String label) {
        return claim(path, new Owner(path, label));
    }

    private Optional<String> claim(String path, Owner owner) {
        Owner same = files.get(path);
        if (same != null) {
            return Optional.of("maps to the same URL '" + path + "' as " + same.name());
        }
        String holding = folders.get(path);
        if (holding != null) {
            return Optional.of("maps to '" + path + "', but that is a folder holding " + holding);
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            Owner file = files.get(path.substring(0, slash));
            if (file != null) {
                return Optional.of("maps to '" + path + "', but '" + file.path() + "' is " + file.asFile()
                        + ", not a folder");
            }
        }
        files.put(path, owner);
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.putIfAbsent(path.substring(0, slash), owner.asContent());
        }
        return Optional.empty();
    }

    /** A path's owner: a content file (its label) or, with no label, a file the build generates. */
    private record Owner(String path, String label) {

        /** As the owner of a URL: {@code 'content/01-basics/01-first.md'} or {@code the generated deck.js}. */
        String name() {
            return label == null ? "the generated " + path : "'" + label + "'";
        }

        /** As a file in the way of a folder. */
        String asFile() {
            return label == null ? name() : "the file from " + name();
        }

        /** As the content of a folder. */
        String asContent() {
            return label == null ? name() : "'" + path + "' from " + name();
        }
    }
}
