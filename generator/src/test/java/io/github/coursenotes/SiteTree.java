package io.github.coursenotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a built site back: every file with its SHA-256, or just its HTML pages. */
public final class SiteTree {

    private SiteTree() {
    }

    /**
     * Every file and folder under {@code site} by relative path (forward slashes): files map to
     * the SHA-256 of their bytes, folders to {@code "<dir>"}. Equal snapshots mean byte-identical trees.
     */
    public static SortedMap<String, String> snapshot(Path site) {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.exists(site)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : walk.toList()) {
                String relative = site.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.isDirectory(path) ? "<dir>" : sha256(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The relative paths of every {@code .html} file the build wrote, sorted. */
    public static List<String> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".html"))
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path site, String page) {
        try {
            return Files.readString(site.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
