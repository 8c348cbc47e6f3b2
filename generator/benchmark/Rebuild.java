import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * In-process rebuild times through {@link SiteBuilder}, without Maven: the first build in a cold
 * JVM, warm full rebuilds, and rebuilds after editing one note (what {@code serve} would do on a
 * save, as long as it calls {@code SiteBuilder.build}). Prints figures; asserts nothing.
 *
 * <pre>java -Xmx512m -cp generator/target/classes:$CLASSPATH generator/benchmark/Rebuild.java PROJECT [ROUNDS]</pre>
 *
 * PROJECT is a corpus written by {@code corpus.py} (its {@code coursenotes/} folder). The site is
 * written to {@code PROJECT/site-rebuild}; the edited note is restored at the end.
 */
public class Rebuild {

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BuildConfig config = BuildConfig.builder(project)
                .outputDirectory(project.resolve("site-rebuild"))
                .title("Benchmark course")
                .siteUrl("https://example.org/course/")
                .build();
        Path note = middleNote(project.resolve("content"));
        String original = Files.readString(note, StandardCharsets.UTF_8);

        BuildResult first = build(config);
        System.out.printf("%s: %s%n", project, first.summary());
        System.out.printf("  first build, cold JVM:      %6d ms%n", first.millis());
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            full.add(timed(config));
        }
        List<Long> edited = new ArrayList<>();
        try {
            for (int i = 0; i < rounds; i++) {
                Files.writeString(note, original + "\nEdited in round " + i + ".\n", StandardCharsets.UTF_8);
                edited.add(timed(config));
            }
        } finally {
            Files.writeString(note, original, StandardCharsets.UTF_8);
        }
        System.out.printf("  full rebuild, warm JVM:     %6d ms median of %s%n", median(full), full);
        System.out.printf("  one note edited, warm JVM:  %6d ms median of %s (%s)%n", median(edited), edited,
                project.relativize(note));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("  heap: max %d MB, used now %d MB%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long timed(BuildConfig config) throws IOException {
        long start = System.nanoTime();
        build(config);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static BuildResult build(BuildConfig config) throws IOException {
        BuildResult result = SiteBuilder.build(config);
        if (result.hasErrors() || !result.written()) {
            throw new IllegalStateException("build failed: " + result.diagnostics());
        }
        return result;
    }

    private static Path middleNote(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            List<Path> notes = new ArrayList<>(files
                    .filter(path -> path.toString().endsWith(".md") && !path.endsWith("index.md")).toList());
            Collections.sort(notes);
            return notes.get(notes.size() / 2);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
