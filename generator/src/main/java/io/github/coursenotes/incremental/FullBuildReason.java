package io.github.coursenotes.incremental;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Pipeline;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.output.OutputGuard;
import io.github.coursenotes.render.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an edit needs a full build instead of {@link IncrementalBuild}'s rebuild of the pages it
 * changes: anything that changes the shape of the course, the theme or the site folder. The
 * reason is what the preview server logs.
 */
final class FullBuildReason {

    private FullBuildReason() {
    }

    /** Before the changed files are read again: the last build, the theme, the site folder, and what changed. */
    static Optional<String> beforeReload(BuildConfig config, Path content, BuildState state, boolean written,
                                         Theme theme, Collection<Path> changed) {
        if (!written) {
            return Optional.of("the last full build did not write the site");
        }
        if (theme != state.site().theme()) {
            return Optional.of("the templates changed");
        }
        if (OutputGuard.check(config.outputDirectory(), config.baseDirectory(), Pipeline.sources(config)).isPresent()
                || !Files.isRegularFile(config.outputDirectory().resolve(OutputGuard.MARKER))) {
            return Optional.of("the output folder was changed or needs the full build's checks");
        }
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(content) || state.page(sourcePath(content, file)) == null
                    || !Files.isRegularFile(file)) {
                return Optional.of(config.label(file) + " is not a note of the last build (added, deleted, renamed,"
                        + " a folder, an asset or a template)");
            }
        }
        return Optional.empty();
    }

    /** After a changed note is read again: a new place in the course, or a chapter's new title or summary. */
    static Optional<String> afterReload(Page old, Page page) {
        if (page.order() != old.order()) {
            return Optional.of(page.label() + " changed its place in the course (weight)");
        }
        if (page.kind() != Page.Kind.NOTE
                && (!Objects.equals(page.title(), old.title()) || !Objects.equals(page.summary(), old.summary()))) {
            return Optional.of(page.label() + " changed a chapter's title or summary");
        }
        return Optional.empty();
    }

    /** A note's path relative to the content folder, with forward slashes, as the kept state names it. */
    static String sourcePath(Path content, Path file) {
        return content.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
