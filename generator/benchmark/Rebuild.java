import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.incremental.IncrementalBuild;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * In-process rebuild times without Maven. {@code full}: through {@link SiteBuilder}, the first
 * build in a cold JVM, warm full rebuilds, and full rebuilds after editing one note.
 * {@code incremental}: through {@link IncrementalBuild}, what {@code serve} does after its debounce
 * delay: the time from the start of the rebuild to the edited note's page written (the reload event
 * goes out right after), for a body edit and a title edit of one note, and the time until the
 * whole-course outputs written after it (in the background in {@code serve}) are done.
 * Prints figures (medians, CPU time of the process, load average); asserts nothing.
 *
 * <pre>java -Xmx512m -cp generator/target/classes:$CLASSPATH generator/benchmark/Rebuild.java PROJECT [ROUNDS] [full|incremental|both]</pre>
 *
 * PROJECT is a corpus written by {@code corpus.py} (its {@code coursenotes/} folder). The site is
 * written to {@code PROJECT/site-rebuild}; the edited note is restored at the end.
 */
public class Rebuild {

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String mode = args.length > 2 ? args[2] : "both";
        BuildConfig config = BuildConfig.builder(project)
                .outputDirectory(project.resolve("site-rebuild"))
                .title("Benchmark course")
                .siteUrl("https://example.org/course/")
                .build();
        Path note = middleNote(project.resolve("content"));
        String original = Files.readString(note, StandardCharsets.UTF_8);
        System.out.printf("%s: load average %s; edited note %s%n", project, loadAverage(), project.relativize(note));
        if (!mode.equals("full")) {
            try {
                incremental(config, note, original, rounds);
            } finally {
                Files.writeString(note, original, StandardCharsets.UTF_8);
            }
        }
        if (!mode.equals("incremental")) {
            full(config, note, original, rounds);
        }
        System.out.printf("  load average at the end: %s%n", loadAverage());
    }

    private static void incremental(BuildConfig config, Path note, String original, int rounds) throws IOException {
        IncrementalBuild session = new IncrementalBuild(config);
        Theme theme = Theme.load(config.templatesDirectory());
        long start = System.nanoTime();
        BuildResult first = session.full(theme);
        if (!first.written()) {
            throw new IllegalStateException("build failed: " + first.diagnostics());
        }
        System.out.printf("  incremental session, first full build: %6d ms (%s)%n", elapsed(start), first.summary());
        for (int i = 0; i < 3; i++) { // warm-up, not counted: the JIT compiles the rebuild path
            edit(session, theme, note, original + "\nWarm-up " + i + ".\n", new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }
        List<Long> body = new ArrayList<>();
        List<Long> bodyCpu = new ArrayList<>();
        List<Long> bodyOutputs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            edit(session, theme, note, original + "\nEdited in round " + i + ".\n", body, bodyCpu, bodyOutputs);
        }
        List<Long> title = new ArrayList<>();
        List<Long> titleCpu = new ArrayList<>();
        List<Long> titleOutputs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String retitled = original.replaceFirst("(?m)^title: \"", "title: \"Retitled " + i + " ");
            edit(session, theme, note, retitled, title, titleCpu, titleOutputs);
        }
        System.out.printf("  body edit, page written + reload:    %5d ms median of %s, CPU %s ms%n", median(body), body,
                median(bodyCpu));
        System.out.printf("    then course outputs written:       %5d ms median of %s%n", median(bodyOutputs),
                bodyOutputs);
        System.out.printf("  title edit, pages written + reload:  %5d ms median of %s, CPU %s ms%n", median(title),
                title, median(titleCpu));
        System.out.printf("    then course outputs written:       %5d ms median of %s%n", median(titleOutputs),
                titleOutputs);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("  heap: max %d MB, live after GC with the session's state %d MB%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** Writes the note, rebuilds, then writes the course outputs: adds the times to the lists. */
    private static void edit(IncrementalBuild session, Theme theme, Path note, String text, List<Long> pages,
                             List<Long> cpu, List<Long> outputs) throws IOException {
        Files.writeString(note, text, StandardCharsets.UTF_8);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        IncrementalBuild.Rebuild rebuild = session.update(List.of(note), theme);
        pages.add(elapsed(start));
        cpu.add((cpuNanos() - cpuStart) / 1_000_000);
        if (rebuild.fullBuildReason().isPresent() || !rebuild.result().written()) {
            throw new IllegalStateException("not an incremental rebuild: " + rebuild);
        }
        session.writeCourseOutputs();
        outputs.add(elapsed(start));
    }

    private static void full(BuildConfig config, Path note, String original, int rounds) throws IOException {
        BuildResult first = build(config);
        System.out.printf("  SiteBuilder, first build:   %6d ms (%s; a cold JVM unless after incremental)%n",
                first.millis(), first.summary());
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
                note.getFileName());
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("  heap: max %d MB, used now %d MB%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).strip() : "unknown";
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
