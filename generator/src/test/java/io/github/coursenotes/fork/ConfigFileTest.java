package io.github.coursenotes.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.BuildConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path folder;

    @Test
    void everySettingSurvivesTheTrip() throws Exception {
        BuildConfig config = BuildConfig.builder(folder.resolve("my course = ü"))
                .contentDirectory(folder.resolve("notes:1"))
                .templatesDirectory(folder.resolve("theme#2"))
                .outputDirectory(folder.resolve("out put"))
                .title("Machine learning — in production\\n \"quoted\"")
                .description("line one\nline two = ☃ 𝄞")
                .siteUrl("https://example.org/course")
                .editUrl("https://github.com/o/r/edit/main/content/")
                .drafts(true)
                .failOnWarnings(true)
                .rawHtml(false)
                .cname("docs.example.org")
                .spareDirectory(folder.resolve("target/coursenotes/previous site"))
                .build();
        Path file = folder.resolve("config.properties");
        ConfigFile.write(config, file);
        assertEquals(config, ConfigFile.read(file));
    }

    @Test
    void unsetSettingsStayUnset() throws Exception {
        BuildConfig config = new BuildConfig(folder, folder.resolve("content"), null, folder.resolve("site"), null,
                null, null, null, false, false, true, null);
        Path file = folder.resolve("config.properties");
        ConfigFile.write(config, file);
        assertEquals(config, ConfigFile.read(file));
    }
}
