package io.github.coursenotes.fork;

import com.sun.management.OperatingSystemMXBean;
import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.SiteBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the site in a JVM started for the build, and returns its result as if the build had run
 * here. A build is a short batch job: in a long-lived JVM tuned for servers (Maven's), the JIT's
 * optimising compiler spends more CPU compiling than its code saves before the build is over, and
 * the default collector grows the heap by gigabytes. The forked JVM compiles with C1 only and uses
 * the parallel collector; on the 5,000-note benchmark that takes about 40% less CPU (see
 * {@code generator/benchmark/README.md}).
 */
public final class ForkedBuild {

    /** The forked JVM's settings; options given to {@link #build} come after them and win. */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", // C1 only: C2's compiles do not pay off within one build
            "-XX:+UseParallelGC", // the collector with the least overhead for a batch job
            "-Djava.awt.headless=true",
            // GraalJS (formulas) and SQLite's JDBC driver (cards.apkg) load native libraries: allowed
            // without Java 24's warning
            "--enable-native-access=ALL-UNNAMED",
            "-Dorg.freemarker.loggerLibrary=none"); // template errors come back as diagnostics

    /**
     * The heap's shape: a young generation of 400 MB, reused by every young collection, and an initial
     * heap of 1 GB, so that the old generation need not grow (by a full collection) while the parsed
     * course fills it. On the 5,000-note benchmark: 7% less wall time, about 0.5 s less system time
     * (fewer fresh pages), half the resident memory (0.9 instead of 2.1 GB), and no full collection
     * (the default sizing ran one in about half the builds, 0.4 s). Left out when the options given
     * set the heap, and on machines under 4 GB, whose default maximum heap (a quarter of the memory)
     * is under 1 GB.
     */
    static final List<String> HEAP_OPTIONS = List.of("-Xms1g", "-Xmn400m");

    private static final long FOUR_GB = 4L << 30;
    /** HotSpot's options that size the heap or its generations ({@code -Xmx}, {@code -Xms}, {@code -Xmn} aside). */
    private static final Pattern HEAP_SIZE = Pattern.compile("HeapSize|NewSize|NewRatio|RAMPercentage|MaxRAM");

    private ForkedBuild() {
    }

    /**
     * Runs {@link SiteBuilder#build(BuildConfig)} in a new JVM (the one running this, with
     * {@link #JVM_OPTIONS} and then {@code jvmOptions}) and returns its result. The forked JVM's
     * own output, such as an out-of-memory error, goes to this process's standard output and error.
     *
     * @throws IOException when the site cannot be written, or the forked JVM fails to start or dies
     */
    public static BuildResult build(BuildConfig config, List<String> jvmOptions) throws IOException {
        Path configFile = Files.createTempFile("coursenotes-build-", ".properties");
        Path resultFile = Files.createTempFile("coursenotes-result-", ".bin");
        try {
            ConfigFile.write(config, configFile);
            List<String> command = command(jvmOptions, configFile, resultFile);
            Process process = new ProcessBuilder(command).inheritIO().start();
            int exit = waitFor(process);
            if (Files.size(resultFile) == 0) {
                throw new IOException("the build's JVM stopped (exit code " + exit + ") before it finished; see its"
                        + " messages above. Give it more memory with -Dcoursenotes.jvmOptions=-Xmx2g, or build in"
                        + " Maven's own JVM with -Dcoursenotes.fork=false");
            }
            return ResultFile.read(resultFile);
        } finally {
            Files.deleteIfExists(configFile);
            Files.deleteIfExists(resultFile);
        }
    }

    /** The forked JVM's entry point: {@code ForkedBuild <config file> <result file>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ForkedBuild <config file> <result file> (started by coursenotes' build goal)");
            System.exit(2);
        }
        Path resultFile = Path.of(args[1]);
        BuildResult result;
        try {
            result = SiteBuilder.build(ConfigFile.read(Path.of(args[0])));
        } catch (IOException | UncheckedIOException e) {
            ResultFile.writeFailure(String.valueOf(e.getMessage()), resultFile);
            return;
        }
        ResultFile.write(result, resultFile);
    }

    static List<String> command(List<String> jvmOptions, Path configFile, Path resultFile) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(heapOptions(jvmOptions, physicalMemory()));
        command.addAll(optionsOfThisJava(Runtime.version().feature()));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(ForkedBuild.class.getName());
        command.add(configFile.toString());
        command.add(resultFile.toString());
        return command;
    }

    /**
     * Options only some Java versions know (the forked JVM is the one running this). From Java 23 on,
     * GraalJS's use of {@code sun.misc.Unsafe} prints a deprecation warning unless allowed; Java 17
     * to 22 would refuse to start with that option.
     */
    static List<String> optionsOfThisJava(int feature) {
        return feature >= 23 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /** {@link #HEAP_OPTIONS}, unless {@code jvmOptions} size the heap or {@code physicalMemory} is under 4 GB. */
    static List<String> heapOptions(List<String> jvmOptions, long physicalMemory) {
        boolean sized = jvmOptions.stream().anyMatch(option -> option.startsWith("-Xmx") || option.startsWith("-Xms")
                || option.startsWith("-Xmn") || option.startsWith("-XX:") && HEAP_SIZE.matcher(option).find());
        return sized || physicalMemory < FOUR_GB ? List.of() : HEAP_OPTIONS;
    }

    /** The machine's memory as this JVM sees it (a container's limit), or 0 if it cannot tell. */
    private static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    private static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve("java.exe");
        return Files.isRegularFile(windows) ? windows : bin.resolve("java");
    }

    /**
     * The class path this class was loaded from: the plugin's class realm under Maven (a
     * {@link URLClassLoader} holding the plugin and its dependencies), otherwise the JVM's own.
     */
    static String classPath() {
        if (ForkedBuild.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException notAFile) {
                    // not a local file or folder: a forked JVM could not load it either
                }
            }
            return entries.stream().collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the build's JVM was running; it was stopped");
        }
    }
}
