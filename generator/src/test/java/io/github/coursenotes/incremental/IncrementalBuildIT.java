package io.github.coursenotes.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.SiteTree;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each edit of the fixture course, rebuilt incrementally (whole-course outputs included), gives
 * the same site, byte for byte, and the same problems as a fresh full build of the same sources.
 */
class IncrementalBuildIT {

    private static final String FIRST = "content/01-basics/01-first.md";
    private static final String SECOND = "content/01-basics/02-second.md";

    @TempDir
    Path project;
    @TempDir
    Path fresh;

    private BuildConfig config;
    private IncrementalBuild session;
    private Theme theme;

    @BeforeEach
    void firstBuild() throws IOException {
        Fixtures.copy("basic-course", project);
        deleteTree(project.resolve("expected"));
        config = Fixtures.config(project);
        theme = Theme.load(config.templatesDirectory());
        session = new IncrementalBuild(config);
        BuildResult first = session.full(theme);
        assertTrue(first.written(), () -> first.diagnostics().toString());
        assertSameAsFreshBuild(first);
    }

    @Test
    void bodyEditWritesOnlyTheEditedPageAndMatchesAFullBuild() throws IOException {
        IncrementalBuild.Rebuild rebuild = edit(SECOND, text -> text + "\nOne more paragraph.\n");
        assertEquals(Optional.empty(), rebuild.fullBuildReason());
        assertEquals(Set.of("01-basics/02-second.md"), rebuild.pagesWritten());
        assertSameAsFreshBuild(rebuild.result());
    }

    @Test
    void titleAndSummaryChangesRewriteThePagesShowingThem() throws IOException {
        IncrementalBuild.Rebuild title = edit(FIRST, text -> text.replace("title: First note", "title: Opening note"));
        assertEquals(Optional.empty(), title.fullBuildReason());
        assertTrue(title.pagesWritten().contains("01-basics/index.md"), title.pagesWritten()::toString);
        assertSameAsFreshBuild(title.result());

        IncrementalBuild.Rebuild summary = edit(FIRST, text -> text.replace("summary: A note with", "summary: Holds"));
        assertEquals(Optional.empty(), summary.fullBuildReason());
        assertSameAsFreshBuild(summary.result());
    }

    @Test
    void removedAnchorIsReportedAtTheLinkingNoteAndFixingItRecovers() throws IOException {
        SortedMap<String, String> before = SiteTree.snapshot(config.outputDirectory());
        IncrementalBuild.Rebuild broken = edit(SECOND, text -> text.replace("## A section", "## Renamed section"));
        assertEquals(Optional.empty(), broken.fullBuildReason());
        assertFalse(broken.result().written());
        assertTrue(broken.result().diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals(FIRST)
                && d.line() == 7 && d.message().contains("broken anchor '#a-section'")), broken.result()::toString);
        assertSameAsFreshBuild(broken.result());
        assertEquals(before, SiteTree.snapshot(config.outputDirectory()), "nothing is written while there are errors");

        IncrementalBuild.Rebuild otherNote = edit(SECOND, text -> text + "\nStill broken.\n");
        assertFalse(otherNote.result().written());
        assertSameAsFreshBuild(otherNote.result());

        IncrementalBuild.Rebuild fixed = edit(SECOND, text -> text.replace("## Renamed section", "## A section"));
        assertTrue(fixed.result().written());
        assertSameAsFreshBuild(fixed.result());
    }

    @Test
    void forThePreviewACourseWithErrorsIsWrittenWithItsProblemsAndMatchesAFullBuildOnceFixed() throws IOException {
        IncrementalBuild preview = new IncrementalBuild(config, true);
        assertTrue(preview.full(theme).written());
        Path second = project.resolve(SECOND);
        String original = Files.readString(second);
        Files.writeString(second, original.replace("## A section", "## Renamed section"));
        IncrementalBuild.Rebuild broken = preview.update(List.of(second), theme);
        assertEquals(Optional.empty(), broken.fullBuildReason());
        assertTrue(broken.result().written(), "written despite the broken anchor, for the preview to show");
        assertTrue(broken.result().hasErrors(), broken.result()::toString);
        assertTrue(Files.readString(config.outputDirectory().resolve("basics/second.html")).contains("Renamed section"));
        assertTrue(preview.full(theme).written(), "a full build with errors is written too");

        Files.writeString(second, original);
        IncrementalBuild.Rebuild fixed = preview.update(List.of(second), theme);
        assertFalse(fixed.result().hasErrors(), fixed.result()::toString);
        preview.writeCourseOutputs();
        Path output = fresh.resolve("site");
        deleteTree(output);
        SiteBuilder.build(BuildConfig.builder(project).title("Fixture Course").outputDirectory(output).build());
        assertEquals(SiteTree.snapshot(output), SiteTree.snapshot(config.outputDirectory()));
    }

    @Test
    void addingTheHeadingALinkPointsToFixesTheLink() throws IOException {
        IncrementalBuild.Rebuild broken = edit(FIRST, text -> text.replace("02-second.md#a-section",
                "02-second.md#new-heading"));
        assertFalse(broken.result().written());
        assertSameAsFreshBuild(broken.result());
        IncrementalBuild.Rebuild fixed = edit(SECOND, text -> text + "\n## New heading\n\nText.\n");
        assertEquals(Optional.empty(), fixed.fullBuildReason());
        assertTrue(fixed.result().written(), fixed.result()::toString);
        assertTrue(fixed.pagesWritten().containsAll(Set.of("01-basics/01-first.md", "01-basics/02-second.md")));
        assertSameAsFreshBuild(fixed.result());
    }

    @Test
    void cardsAddedEditedRemovedAndDuplicatedMatchAFullBuild() throws IOException {
        String card = "\n```card id=extra-one\nAn added card?\n---\nYes.\n```\n";
        assertSameAsFreshBuild(edit(SECOND, text -> text + card).result());
        assertSameAsFreshBuild(edit(SECOND, text -> text.replace("An added card?", "An edited card?")).result());
        IncrementalBuild.Rebuild duplicate = edit(SECOND, text -> text.replace("id=extra-one", "id=flip-one"));
        assertFalse(duplicate.result().written());
        assertTrue(duplicate.result().diagnostics().stream().anyMatch(d -> d.message().contains("duplicate card id")));
        assertSameAsFreshBuild(duplicate.result());
        IncrementalBuild.Rebuild removed = edit(SECOND, text -> text.substring(0, text.indexOf("\n```card id=flip-one")));
        assertTrue(removed.result().written(), removed.result()::toString);
        assertSameAsFreshBuild(removed.result());
    }

    @Test
    void chapterPageBodyIsIncrementalButItsTitleIsAFullBuild() throws IOException {
        IncrementalBuild.Rebuild body = edit("content/01-basics/index.md", text -> text + "\nMore intro.\n");
        assertEquals(Optional.empty(), body.fullBuildReason());
        assertSameAsFreshBuild(body.result());
        IncrementalBuild.Rebuild title = edit("content/01-basics/index.md", text -> text.replace("title: Basics",
                "title: Foundations"));
        assertTrue(title.fullBuildReason().isPresent());
        assertSameAsFreshBuild(title.result());
    }

    @Test
    void structuralChangesFallBackToAFullBuild() throws IOException {
        IncrementalBuild.Rebuild weight = edit(SECOND, text -> text.replace("weight: 5", "weight: 0"));
        assertTrue(weight.fullBuildReason().get().contains("place in the course"), weight.fullBuildReason()::get);
        assertSameAsFreshBuild(weight.result());

        Path added = write("content/01-basics/03-third.md", "# Third\n\nNew, linking [back](01-first.md#cards).\n");
        IncrementalBuild.Rebuild newNote = session.update(List.of(added), theme);
        assertTrue(newNote.fullBuildReason().isPresent());
        assertSameAsFreshBuild(newNote.result());
        // after the full build the new note is a known note: an edit of it is incremental
        IncrementalBuild.Rebuild edited = edit("content/01-basics/03-third.md", text -> text + "\nMore.\n");
        assertEquals(Optional.empty(), edited.fullBuildReason());
        assertSameAsFreshBuild(edited.result());

        Files.delete(added);
        IncrementalBuild.Rebuild deleted = session.update(List.of(added), theme);
        assertTrue(deleted.fullBuildReason().isPresent());
        assertSameAsFreshBuild(deleted.result());

        Path template = write("templates/note.ftlh", Files.readString(Fixtures.courseTemplates().resolve("note.ftlh"))
                .replace("</article>", "<p>Changed template.</p></article>"));
        theme = Theme.load(config.templatesDirectory());
        IncrementalBuild.Rebuild templates = session.update(List.of(template), theme);
        assertTrue(templates.fullBuildReason().isPresent());
        assertSameAsFreshBuild(templates.result());
        assertTrue(SiteTree.read(config.outputDirectory(), "basics/first.html").contains("Changed template."));
    }

    @Test
    void contentFilesOnGeneratedPathsAreReportedWhileServing() throws IOException {
        Path script = write("content/deck.js", "// the author's own script\n");
        Path file = write("content/basics", "a file where the chapter's folder goes\n");
        IncrementalBuild.Rebuild rebuild = session.update(List.of(script, file), theme);
        assertTrue(rebuild.fullBuildReason().isPresent());
        assertEquals(List.of(
                "content/basics:1:1: maps to 'basics', but that is a folder holding 'basics/index.html' from"
                        + " 'content/01-basics/index.md'; rename one of them",
                "content/deck.js:1:1: maps to the same URL 'deck.js' as the generated deck.js; rename one of them"),
                rebuild.result().diagnostics().stream().map(Diagnostic::format).toList());
        assertSameAsFreshBuild(rebuild.result());
    }

    @Test
    void afterAFaultTheNextRebuildIsAFullBuild() throws IOException {
        session.forget();
        IncrementalBuild.Rebuild rebuild = edit(SECOND, text -> text + "\nAfter a fault.\n");
        assertTrue(rebuild.fullBuildReason().isPresent());
        assertSameAsFreshBuild(rebuild.result());
        assertEquals(Optional.empty(), edit(SECOND, text -> text + "\nThen incremental.\n").fullBuildReason());
    }

    @Test
    void aDeletedSiteFolderIsBuiltAgainInFull() throws IOException {
        deleteTree(config.outputDirectory());
        IncrementalBuild.Rebuild rebuild = edit(SECOND, text -> text + "\nAfter the site was deleted.\n");
        assertTrue(rebuild.fullBuildReason().isPresent());
        assertSameAsFreshBuild(rebuild.result());
    }

    private IncrementalBuild.Rebuild edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = project.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return session.update(List.of(path), theme);
    }

    private Path write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    /** The site folder (once the course outputs are written) and the problems equal a fresh build's. */
    private void assertSameAsFreshBuild(BuildResult incremental) throws IOException {
        List<Diagnostic> background = session.writeCourseOutputs();
        assertEquals(List.of(), background);
        Path output = fresh.resolve("site");
        deleteTree(output);
        BuildResult full = SiteBuilder.build(BuildConfig.builder(project).title("Fixture Course").outputDirectory(output).build());
        assertEquals(full.diagnostics(), incremental.diagnostics());
        assertEquals(full.written(), incremental.written());
        assertEquals(full.cards(), incremental.cards());
        if (full.written()) {
            assertEquals(SiteTree.snapshot(output), SiteTree.snapshot(config.outputDirectory()));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
