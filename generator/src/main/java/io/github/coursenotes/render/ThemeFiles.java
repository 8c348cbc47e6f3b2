package io.github.coursenotes.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static files of a theme ({@code assets/**}), the project's overriding the built-in ones
 * file by file. Keys are paths relative to {@code assets/}, sorted.
 */
public final class ThemeFiles {

    static final String BUILT_IN_ROOT = "/theme";

    private ThemeFiles() {
    }

    /** Every asset of the theme: built-in first, then the project's {@code templates/assets/} over it. */
    public static Map<String, Path> assets(Optional<Path> projectTemplates) {
        Map<String, Path> files = new TreeMap<>();
        builtInRoot().map(root -> root.resolve("assets")).ifPresent(dir -> collect(dir, files));
        projectTemplates.map(dir -> dir.resolve("assets")).ifPresent(dir -> collect(dir, files));
        return files;
    }

    /** The built-in theme's folder, inside the plugin jar or on the class path. */
    static Optional<Path> builtInRoot() {
        URL url = ThemeFiles.class.getResource(BUILT_IN_ROOT + "/layout.ftlh");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return Optional.of(jarFileSystem(uri).getPath(BUILT_IN_ROOT));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme at " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static void collect(Path dir, Map<String, Path> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(
                    dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/"), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list theme assets in " + dir, e);
        }
    }
}
