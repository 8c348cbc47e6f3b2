package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note types (fields, templates, style) and the notes of the {@code anki-course} fixture,
 * compared with golden files in {@code src/test/resources/fixtures/anki-course/expected/}.
 *
 * <p>A learner's Anki takes note types and notes from a newer package only when they are newer, and
 * no note of a package is older than {@link AnkiNoteTypes#MODIFIED}. So a change here must come with
 * a later {@code MODIFIED}: otherwise learners who imported the cards keep the old templates, and the
 * old fields of notes whose text did not change. The test fails when the golden files differ while
 * their {@code modified} line is still the current one. After an intended change: set
 * {@code MODIFIED} to the time of the change, then regenerate with
 * {@code mvn test -Dtest=AnkiGoldenTest -Dgolden.update=true} (in generator/) and review the diff.
 */
class AnkiGoldenTest {

    private static final Path EXPECTED = Fixtures.fixture("anki-course").resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path project;

    @TempDir
    Path scratch;

    @Test
    void theNoteTypesMatchTheirGoldenFile() throws IOException {
        compare("note-types.txt", noteTypes());
    }

    @Test
    void theNotesOfTheFixtureMatchTheirGoldenFile() throws Exception {
        Fixtures.copy("anki-course", project);
        assertEquals("[]", SiteBuilder.build(BuildConfig.builder(project).siteUrl("https://example.org/anki/").build())
                .diagnostics().toString());
        AnkiPackageFile.Contents apkg = AnkiPackageFile.read(project.resolve("site/cards.apkg"), scratch);
        StringBuilder text = new StringBuilder("modified: " + AnkiNoteTypes.MODIFIED + "\n");
        for (AnkiPackageFile.Note note : apkg.notes()) {
            Map<String, Object> type = apkg.noteTypes().get(Long.toString(note.noteTypeId()));
            text.append("\n== ").append(type.get("name")).append(" · ")
                    .append(apkg.deckName(apkg.cards().stream().filter(card -> card.noteId() == note.id()).findFirst()
                            .orElseThrow().deckId()))
                    .append(" · ").append(String.join(" ", note.tags())).append('\n');
            for (String name : AnkiNoteType.valueOf(typeConstant((String) type.get("name"))).fields()) {
                text.append("-- ").append(name).append('\n').append(apkg.field(note, name)).append('\n');
            }
        }
        compare("notes.txt", text.toString());
    }

    private static String typeConstant(String name) {
        for (AnkiNoteType type : AnkiNoteType.values()) {
            if (type.displayName().equals(name)) {
                return type.name();
            }
        }
        throw new AssertionError("unknown note type " + name);
    }

    static String noteTypes() {
        StringBuilder text = new StringBuilder("modified: " + AnkiNoteTypes.MODIFIED + "\n");
        for (AnkiNoteType type : AnkiNoteType.values()) {
            text.append("\n== ").append(type.displayName()).append(" (id ").append(type.id())
                    .append(type.isCloze() ? ", cloze" : "").append(")\n");
            text.append("fields: ").append(String.join(", ", type.fields())).append('\n');
            text.append("template: ").append(AnkiNoteType.TEMPLATE_NAME).append('\n');
            text.append("-- front\n").append(type.front()).append('\n');
            text.append("-- back\n").append(type.back()).append('\n');
        }
        return text.append("\n== style\n").append(AnkiNoteTypes.CSS).toString();
    }

    private static void compare(String name, String actual) throws IOException {
        Path golden = EXPECTED.resolve(name);
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden + " is missing: generate it with 'mvn test -Dtest=AnkiGoldenTest -Dgolden.update=true'");
        }
        String expected = Files.readString(golden);
        if (expected.equals(actual)) {
            return;
        }
        String firstLine = List.of(expected.split("\n", 2)).get(0);
        if (firstLine.equals("modified: " + AnkiNoteTypes.MODIFIED)) {
            fail(name + " changed but AnkiNoteTypes.MODIFIED did not: learners who imported cards.apkg would keep the old "
                    + "version. Set MODIFIED to the time of this change, then regenerate the golden files with "
                    + "'mvn test -Dtest=AnkiGoldenTest -Dgolden.update=true' and review the diff.\n"
                    + firstDifference(expected, actual));
        }
        fail(name + " differs from its golden file " + golden + ": if the change is intended, regenerate it with "
                + "'mvn test -Dtest=AnkiGoldenTest -Dgolden.update=true' and review the diff.\n" + firstDifference(expected, actual));
    }

    private static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        return "first difference at line " + (line + 1) + ":\n--- expected\n" + (line < want.length ? want[line] : "(end)")
                + "\n+++ actual\n" + (line < got.length ? got[line] : "(end)");
    }
}
