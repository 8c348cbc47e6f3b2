package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme's assets, read from the plugin's jar as Maven runs it. */
class ThemeFilesTest {

    @TempDir
    Path folder;

    @Test
    void theBuiltInAssetsAreReadFromTheJarAndTheJarIsClosedAgain() throws IOException {
        Path jar = folder.resolve("plugin.jar");
        writeJar(jar, Map.of("theme/layout.ftlh", "<#macro shell></#macro>", "theme/assets/style.css", "body {}",
                "theme/assets/js/site.js", "'use strict';", "theme/note.ftlh", "not an asset"));
        Map<String, String> assets = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ThemeFiles.builtInAssets(loader).forEach((path, asset) -> assets.put(path,
                    new String(asset.bytes(), StandardCharsets.UTF_8)));
        }
        assertEquals(Map.of("js/site.js", "'use strict';", "style.css", "body {}"), assets);
        URI jarUri = URI.create("jar:" + jar.toUri());
        assertThrows(FileSystemNotFoundException.class, () -> FileSystems.getFileSystem(jarUri),
                "a file system for the plugin's jar is still open");
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
