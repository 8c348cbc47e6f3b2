package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cards.apkg} imported the way Anki imports a package ({@link AnkiPackageImport}) into the
 * collection of an Anki in German, then imported again after the course changed.
 */
class AnkiPackageImportTest {

    /** When the fixture's files were "written": after the note types' time, before now. */
    private static final long WRITTEN = AnkiNoteTypes.MODIFIED + 3_600;

    @TempDir
    Path project;

    @TempDir
    Path scratch;

    private int builds;

    @BeforeEach
    void copyFixture() throws Exception {
        Fixtures.copy("anki-course", project);
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(WRITTEN * 1000));
            }
        }
    }

    private AnkiPackageFile.Contents build() throws Exception {
        assertEquals("[]", SiteBuilder.build(BuildConfig.builder(project).siteUrl("https://example.org/").build())
                .diagnostics().toString());
        Path read = Files.createDirectories(scratch.resolve("build-" + ++builds));
        return AnkiPackageFile.read(project.resolve("site/cards.apkg"), read);
    }

    /** Rewrites a file of the course, dated {@code secondsLater} after the others. */
    private void edit(String file, String from, String to, long secondsLater) throws Exception {
        Path path = project.resolve("content").resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
        Files.setLastModifiedTime(path, FileTime.fromMillis((WRITTEN + secondsLater) * 1000));
    }

    @Test
    void anAnkiInGermanImportsEveryCardIntoSubdecksWithTheCoursesNoteTypesAndImages() throws Exception {
        AnkiPackageImport.Collection anki = AnkiPackageImport.Collection.german();
        AnkiPackageImport.Log log = AnkiPackageImport.importInto(anki, build());
        assertEquals(new AnkiPackageImport.Log(9, 0, 0, 0), log);
        assertEquals(List.of("Standard", "Anki Fixture", "Anki Fixture::Vision", "Anki Fixture::Serving"), anki.deckNames());
        assertEquals(List.of("Einfach", "Lückentext", "coursenotes Basic", "coursenotes Cloze", "coursenotes Choice",
                "coursenotes Order", "coursenotes True/False"), anki.noteTypes().stream().map(AnkiPackageImport.NoteType::name).toList());
        assertEquals("coursenotes Choice", anki.noteType(anki.note("image-choice")).name());
        assertEquals("Anki Fixture::Vision", anki.deckOf(anki.note("image-choice")));
        assertEquals("Anki Fixture", anki.deckOf(anki.note("home-card")));
        assertEquals(9, anki.cards().size());
        assertArrayEquals(Files.readAllBytes(project.resolve("content/01-vision/images/loop.svg")),
                anki.media().get("anki-fixture-vision-images-loop.svg"), "the image is there, offline");
    }

    @Test
    void importingTheSamePackageAgainChangesNothing() throws Exception {
        AnkiPackageImport.Collection anki = AnkiPackageImport.Collection.german();
        AnkiPackageImport.importInto(anki, build());
        List<AnkiPackageImport.Note> before = anki.notes();
        assertEquals(new AnkiPackageImport.Log(0, 0, 9, 0), AnkiPackageImport.importInto(anki, build()));
        assertEquals(before, anki.notes());
        assertEquals(9, anki.cards().size());
    }

    @Test
    void aRebuiltPackageUpdatesTheChangedNotesWithoutDuplicatesAndKeepsTheirReviews() throws Exception {
        AnkiPackageImport.Collection anki = AnkiPackageImport.Collection.german();
        AnkiPackageImport.importInto(anki, build());
        anki.review(anki.note("image-question"), 4);
        edit("01-vision/01-pictures.md", "What does this loop show?", "What does this loop of stages show?", 60);

        AnkiPackageImport.Log log = AnkiPackageImport.importInto(anki, build());

        assertEquals(new AnkiPackageImport.Log(0, 4, 5, 0), log, "the four cards of the edited note are updated");
        AnkiPackageImport.Note note = anki.note("image-question");
        assertTrue(note.fields().get(0).startsWith("<p>What does this loop of stages show?</p>"), note.fields().get(0));
        assertEquals(9, anki.notes().size());
        assertEquals(9, anki.cards().size());
        assertEquals(List.of(1, 4), List.of(anki.card(note).reviews(), anki.card(note).intervalDays()),
                "the card keeps its review history");
    }

    @Test
    void aCardWhoseTypeChangesBecomesANewNoteBesideTheOldOne() throws Exception {
        AnkiPackageImport.Collection anki = AnkiPackageImport.Collection.german();
        AnkiPackageImport.importInto(anki, build());
        edit("02-serving/01-code.md", "```card truefalse id=shadow\nIn shadow mode the model decides.\n---\nfalse\n```",
                "```card choice id=shadow\nIn shadow mode, who decides?\n---\n- [x] The current model\n- [ ] The new model\n```", 60);

        AnkiPackageImport.Log log = AnkiPackageImport.importInto(anki, build());

        assertEquals(1, log.added(), "the choice card comes in as a new note: " + log);
        assertEquals(0, log.conflicts(), "nothing is skipped as conflicting");
        List<AnkiPackageImport.Note> shadow = anki.notes().stream()
                .filter(note -> note.fields().get(note.fields().size() - 1).equals("shadow")).toList();
        assertEquals(List.of("coursenotes True/False", "coursenotes Choice"),
                shadow.stream().map(note -> anki.noteType(note).name()).toList(),
                "the old note stays; the Card ID field they share finds both (Find Duplicates)");
    }

    @Test
    void aChangedImageComesWithTheNotesThatShowIt() throws Exception {
        AnkiPackageImport.Collection anki = AnkiPackageImport.Collection.german();
        AnkiPackageImport.importInto(anki, build());
        Path image = project.resolve("content/01-vision/images/loop.svg");
        Files.writeString(image, Files.readString(image).replace("#0a5bb5", "#b50a0a"));
        Files.setLastModifiedTime(image, FileTime.fromMillis((WRITTEN + 60) * 1000));

        AnkiPackageImport.Log log = AnkiPackageImport.importInto(anki, build());

        assertEquals(2, log.updated(), "the two notes that show the image: " + log);
        String front = anki.note("image-question").fields().get(0);
        String renamed = AnkiPackageImport.references(front).get(0);
        assertTrue(renamed.startsWith("anki-fixture-vision-images-loop-") && renamed.endsWith(".svg"), renamed);
        assertArrayEquals(Files.readAllBytes(image), anki.media().get(renamed));
    }
}
