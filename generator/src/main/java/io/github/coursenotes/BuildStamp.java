package io.github.coursenotes;

import io.github.coursenotes.content.LastUpdated;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the last successful build was made from and what it wrote, so that a build with nothing
 * changed can be skipped: a fingerprint of the inputs (every file under the content and templates
 * folders by path, size and modification time; the configuration; the plugin's own code; the git
 * commit, which the "last updated" dates come from) and one of the site folder as written. Any
 * change to either, a deleted or edited site included, means a build.
 *
 * <p>The inputs are taken before the build: a note saved while a build runs makes the next one build again.
 */
public final class BuildStamp {

    private final Path file;

    private BuildStamp(Path file) {
        this.file = file;
    }

    /** The stamp kept in {@code file}, e.g. {@code target/coursenotes/build.stamp}. */
    public static BuildStamp in(Path file) {
        return new BuildStamp(file);
    }

    /** The fingerprint of everything a build of {@code config} reads. */
    public static String inputs(BuildConfig config) throws IOException {
        MessageDigest digest = sha256();
        add(digest, "config " + config);
        add(digest, "git " + LastUpdated.gitState(config.contentDirectory()));
        add(digest, "plugin " + fingerprint(pluginCode()));
        add(digest, "content " + fingerprint(config.contentDirectory()));
        add(digest, "templates " + fingerprint(config.templatesDirectory()));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the last build recorded here had these inputs and its site is still there as it wrote it. */
    public boolean matches(String inputs, Path site) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.size() >= 2 && lines.get(0).equals(inputs) && lines.get(1).equals(fingerprint(site));
    }

    /** The warnings of the build recorded here, to show again when it is skipped. */
    public List<String> warnings() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(Math.min(2, lines.size()), lines.size());
    }

    /** Records a successful build from {@code inputs} that wrote {@code site} and warned {@code warnings}. */
    public void write(String inputs, Path site, List<String> warnings) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(inputs).append('\n').append(fingerprint(site)).append('\n');
        warnings.forEach(warning -> text.append(warning.replaceAll("\\R", " ")).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Forgets the last build: the next one builds. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Each file under {@code root} (or {@code root} itself) by relative path, size and modification time. */
    static String fingerprint(Path root) throws IOException {
        MessageDigest digest = sha256();
        if (root == null || !Files.exists(root)) {
            return "none";
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted().toList()) {
                add(digest, root.relativize(path) + " " + attributes(path));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Size and time of a file, or of the file a link points to; a broken link says so. */
    private static String attributes(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isDirectory() ? "folder"
                    : attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException brokenLink) {
            return "unreadable";
        }
    }

    /** The plugin's jar (or classes folder) this class was loaded from. */
    private static Path pluginCode() {
        CodeSource source = BuildStamp.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return null;
        }
    }

    private static void add(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
