package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AngleBracketLimitTest {

    /** The scan as first written, a character at a time: the indexOf scan must agree with it. */
    private static OptionalInt reference(String body) {
        int line = 0;
        int count = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                count = 0;
            } else if (c == '<' && ++count > AngleBracketLimit.MAX_PER_LINE) {
                return OptionalInt.of(line);
            }
        }
        return OptionalInt.empty();
    }

    @Test
    void findsTheSameLineAsACharacterByCharacterScan() {
        Random random = new Random(20261206);
        int over = 0;
        for (int round = 0; round < 300; round++) {
            double newlines = random.nextDouble() * 0.002;
            double brackets = random.nextDouble();
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(12_000); i > 0; i--) {
                double r = random.nextDouble();
                body.append(r < newlines ? '\n' : r < newlines + brackets ? '<' : 'a');
            }
            OptionalInt expected = reference(body.toString());
            assertEquals(expected, AngleBracketLimit.firstLineOverLimit(body.toString()), body.toString());
            over += expected.isPresent() ? 1 : 0;
        }
        assertEquals(true, over > 30 && over < 270, "both outcomes are tested: " + over + " of 300 over the limit");
    }

    @Test
    void countsPerLineEvenAtTheEdges() {
        String full = "<".repeat(AngleBracketLimit.MAX_PER_LINE);
        assertEquals(OptionalInt.empty(), AngleBracketLimit.firstLineOverLimit(full + "\n" + full));
        assertEquals(OptionalInt.of(2), AngleBracketLimit.firstLineOverLimit("\n\n" + full + "<"));
        assertEquals(OptionalInt.of(1), AngleBracketLimit.firstLineOverLimit("a\n<" + full + "\n"));
    }
}
