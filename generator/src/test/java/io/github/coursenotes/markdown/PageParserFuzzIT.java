package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.Fixtures;
import io.github.coursenotes.Mutations;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.FrontMatterParser;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.content.SourceFile;
import io.github.coursenotes.content.SourceReader;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.render.ImageSizes;
import io.github.coursenotes.render.NoteHtmlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mutated notes and card blocks through the card and Markdown parsers, and the parsed page through
 * the HTML renderer: only diagnostics, always located inside the file, never an exception.
 * Seeded: every run tries the same cases, and a failure names its case.
 */
class PageParserFuzzIT {

    private static final PageParser PARSER = new PageParser();
    private static final NoteHtmlRenderer RENDERER = new NoteHtmlRenderer(true, ImageSizes.none());

    private static final String CARDS = """
            # Cards

            ```card id=flip
            Question with **bold** and `code`?
            ---
            Answer.
            ---
            Explanation.
            ```

            ```card cloze
            The {{data|inputs}} drift; the {{concept}} drifts too.
            ```

            ```card truefalse id=tf
            Statement.
            ---
            true
            ```

            - item
              ```card choice id=nested
              Which?
              ---
              - [x] right
                continued
              - [ ] wrong
              ```

            > ```card order id=quoted
            > Order these.
            > ---
            > 1. first
            > 2. second
            > ```
            """;

    @Test
    void mutatedNotesAndCardsGiveOnlyDiagnostics() {
        List<String> notes = List.of(fixtureNote("01-basics/01-first.md"), fixtureNote("01-basics/02-second.md"), CARDS);
        for (int seed = 0; seed < 1_500 * Mutations.SCALE; seed++) {
            Random random = new Random(seed);
            parseAndRender(seed, Mutations.mutate(notes.get(random.nextInt(notes.size())), random));
        }
    }

    @Test
    void randomTextGivesOnlyDiagnostics() {
        for (int seed = 0; seed < 1_000 * Mutations.SCALE; seed++) {
            String text = Mutations.randomText(new Random(seed), 400);
            parseAndRender(seed, text);
            parseAndRender(seed, "```card\n" + text + "\n```\n");
        }
    }

    private static void parseAndRender(int seed, String raw) {
        String text = SourceReader.normalise(raw);
        String input = "case " + seed + ":\n" + text;
        Diagnostics diagnostics = new Diagnostics();
        SourceFile source = FrontMatterParser.parse(text, "content/note.md", diagnostics);
        Page page = new Page("01-basics/01-note.md", "content/note.md", "basics/note.html", Page.Kind.NOTE, "Note",
                null, 1, "note", source.body(), source.bodyLine());
        ParsedPage parsed = PARSER.parse(page, diagnostics);
        assertNotNull(RENDERER.render(new CheckedPage(parsed, Map.of(), Set.of()), parsed.document(), "../"), input);
        int lines = text.split("\n", -1).length;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertEquals("content/note.md", diagnostic.file(), input);
            assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines, diagnostic.format() + " " + input);
            assertTrue(diagnostic.column() >= 1, diagnostic.format() + " " + input);
        }
    }

    private static String fixtureNote(String path) {
        try {
            return Files.readString(Fixtures.fixture("basic-course").resolve("content").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
