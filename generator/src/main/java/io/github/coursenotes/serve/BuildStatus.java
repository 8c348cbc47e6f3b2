package io.github.coursenotes.serve;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of the latest build the preview server ran.
 *
 * @param number      counts the builds of this server from 1; a page is stale when it was served by an older build
 * @param written     whether the build replaced the output folder (false: the browser shows the problems instead)
 * @param diagnostics the problems of the build, sorted
 * @param fault       why the build could not run at all (an I/O fault), or {@code null}
 * @param millis      how long the build took
 */
public record BuildStatus(int number, boolean written, List<Diagnostic> diagnostics, String fault, long millis) {

    public BuildStatus {
        diagnostics = List.copyOf(diagnostics);
    }

    static BuildStatus of(int number, BuildResult result) {
        return new BuildStatus(number, result.written(), result.diagnostics(), null, result.millis());
    }

    static BuildStatus fault(int number, String fault, long millis) {
        return new BuildStatus(number, false, List.of(), fault, millis);
    }

    /** Each problem as {@code file:line:column: message}, then the fault if any. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>(diagnostics.stream().map(Diagnostic::format).toList());
        if (fault != null) {
            lines.add(fault);
        }
        return lines;
    }
}
