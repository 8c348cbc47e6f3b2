package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.Mutations;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated front matter: the parser only ever reports diagnostics inside the file, and
 * the body it returns is the rest of the file. Seeded: every run tries the same cases.
 */
class FrontMatterParserFuzzIT {

    private static final List<String> SAMPLES = List.of(
            "---\ntitle: First note\nsummary: A note with one card of each type.\n---\n# First\n\nText.\n",
            "---\ntitle: 'Quoted: yes'\nweight: 3\ndraft: false\n---\nBody\n",
            "---\nsummary: >\n  folded\n  text\ntags: [a, b]\n---\n",
            "---\n---\n",
            "# No front matter\n");

    @Test
    void randomTextGivesOnlyDiagnostics() {
        for (int seed = 0; seed < 2_000 * Mutations.SCALE; seed++) {
            String text = Mutations.randomText(new Random(seed), 300);
            assertOnlyDiagnostics(seed, "---\n" + text + "\n---\nBody\n");
            assertOnlyDiagnostics(seed, text);
        }
    }

    @Test
    void mutatedFrontMatterGivesOnlyDiagnostics() {
        for (int seed = 0; seed < 3_000 * Mutations.SCALE; seed++) {
            Random random = new Random(seed);
            assertOnlyDiagnostics(seed, Mutations.mutate(SAMPLES.get(random.nextInt(SAMPLES.size())), random));
        }
    }

    private static void assertOnlyDiagnostics(int seed, String raw) {
        String text = SourceReader.normalise(raw);
        String input = "case " + seed + ":\n" + text;
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = FrontMatterParser.parse(text, "content/note.md", diagnostics);
        String[] lines = text.split("\n", -1);
        assertEquals(String.join("\n", Arrays.copyOfRange(lines, Math.min(file.bodyLine() - 1, lines.length),
                lines.length)), file.body(), input);
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertEquals("content/note.md", diagnostic.file(), input);
            assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines.length, diagnostic.format() + " " + input);
            assertTrue(diagnostic.column() >= 1, diagnostic.format() + " " + input);
        }
    }
}
