package io.github.coursenotes.fork;

import io.github.coursenotes.BuildConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A {@link BuildConfig} written to a file for the forked JVM, and read back there. */
final class ConfigFile {

    private ConfigFile() {
    }

    static void write(BuildConfig config, Path file) throws IOException {
        Properties properties = new Properties();
        put(properties, "baseDirectory", config.baseDirectory());
        put(properties, "contentDirectory", config.contentDirectory());
        put(properties, "templatesDirectory", config.templatesDirectory());
        put(properties, "outputDirectory", config.outputDirectory());
        put(properties, "title", config.title());
        put(properties, "description", config.description());
        put(properties, "siteUrl", config.siteUrl());
        put(properties, "editUrl", config.editUrl());
        put(properties, "drafts", config.drafts());
        put(properties, "failOnWarnings", config.failOnWarnings());
        put(properties, "rawHtml", config.rawHtml());
        put(properties, "cname", config.cname());
        put(properties, "spareDirectory", config.spareDirectory());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "coursenotes build configuration, for one forked build");
        }
    }

    static BuildConfig read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new BuildConfig(path(properties, "baseDirectory"), path(properties, "contentDirectory"),
                path(properties, "templatesDirectory"), path(properties, "outputDirectory"),
                properties.getProperty("title"), properties.getProperty("description"),
                properties.getProperty("siteUrl"), properties.getProperty("editUrl"),
                Boolean.parseBoolean(properties.getProperty("drafts")),
                Boolean.parseBoolean(properties.getProperty("failOnWarnings")),
                Boolean.parseBoolean(properties.getProperty("rawHtml")), properties.getProperty("cname"),
                path(properties, "spareDirectory"));
    }

    private static void put(Properties properties, String key, Object value) {
        if (value != null) {
            properties.setProperty(key, value.toString());
        }
    }

    private static Path path(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? null : Path.of(value);
    }
}
