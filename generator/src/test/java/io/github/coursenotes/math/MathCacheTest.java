package io.github.coursenotes.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typeset formulas kept between builds in a file, so that an unchanged course does not start the engine. */
class MathCacheTest {

    @TempDir
    Path folder;

    @Test
    void formulasReadFromTheFileAreUsedAsTheyAreAndWrittenBackSorted() throws IOException {
        String tex = "\\mathrm{kept" + System.nanoTime() + "}\tb";
        Path file = folder.resolve("formulas.txt");
        Files.writeString(file, "coursenotes formulas typeset by Temml " + Temml.VERSION + " {" + Temml.OPTIONS + "}\n"
                + "D\t" + tex.replace("\\", "\\\\").replace("\t", "\\t") + "\t<math>kept</math>\tpadding:1em\n");
        MathCache.load(file);
        MathCache.save(folder.resolve("before.txt")); // forget what other tests used
        TexResult result = MathCache.typeset(tex, true);
        assertEquals("<math>kept</math>", result.mathml(), "read from the file, not typeset again");
        assertEquals(List.of("padding:1em"), result.droppedStyles(), "its warnings too");

        Path saved = folder.resolve("out/formulas.txt");
        MathCache.save(saved);
        assertEquals(Files.readString(file), Files.readString(saved, StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfAnotherTemmlVersionIsIgnored() throws IOException {
        String tex = "\\mathrm{old" + System.nanoTime() + "}";
        Path file = folder.resolve("formulas.txt");
        Files.writeString(file, "coursenotes formulas typeset by Temml 0.0.1\nI\t" + tex.replace("\\", "\\\\")
                + "\t<math>stale</math>\t\n");
        MathCache.load(file);
        assertFalse(MathCache.typeset(tex, false).mathml().contains("stale"));
    }

    @Test
    void aCourseWithoutFormulasLeavesNoFile() throws IOException {
        Path file = folder.resolve("none/formulas.txt");
        MathCache.save(folder.resolve("warm-up.txt")); // forget what other tests used
        MathCache.save(file);
        assertFalse(Files.exists(file));
        MathCache.load(folder.resolve("missing.txt")); // nothing to read: no error
    }
}
