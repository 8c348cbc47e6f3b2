package io.github.coursenotes.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The static files of a theme ({@code assets/**}), the project's overriding the built-in ones
 * file by file. Keys are paths relative to {@code assets/}, sorted.
 */
public final class ThemeFiles {

    static final String BUILT_IN_ROOT = "/theme";
    private static final String BUILT_IN_ASSETS = BUILT_IN_ROOT.substring(1) + "/assets/";

    private ThemeFiles() {
    }

    /** Every asset of the theme: {@code builtIn}'s first, then the project's {@code templates/assets/} over them. */
    static Map<String, ThemeAsset> assets(Map<String, ThemeAsset> builtIn, Optional<Path> projectTemplates) {
        Map<String, ThemeAsset> files = new TreeMap<>(builtIn);
        projectTemplates.map(dir -> dir.resolve("assets")).ifPresent(dir -> collect(dir, files));
        return files;
    }

    /**
     * The built-in theme's assets as {@code loader} finds them: read from the plugin's jar, which is
     * closed again, or listed in a folder on the class path (in the plugin's own tests).
     */
    static Map<String, ThemeAsset> builtInAssets(ClassLoader loader) {
        URL url = loader.getResource(BUILT_IN_ROOT.substring(1) + "/layout.ftlh");
        Map<String, ThemeAsset> files = new TreeMap<>();
        if (url == null) {
            return files;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                readJar(((JarURLConnection) url.openConnection()).getJarFileURL(), files);
            } else {
                collect(Path.of(url.toURI()).getParent().resolve("assets"), files);
            }
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the built-in theme at " + url, e);
        }
        return files;
    }

    private static void readJar(URL jarUrl, Map<String, ThemeAsset> files) throws IOException, URISyntaxException {
        try (JarFile jar = new JarFile(Path.of(jarUrl.toURI()).toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(BUILT_IN_ASSETS)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring(BUILT_IN_ASSETS.length()), ThemeAsset.of(in.readAllBytes()));
                    }
                }
            }
        }
    }

    private static void collect(Path dir, Map<String, ThemeAsset> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(
                    dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/"), ThemeAsset.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list theme assets in " + dir, e);
        }
    }
}
