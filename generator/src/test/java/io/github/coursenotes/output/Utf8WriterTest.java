package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes are the JDK's: as {@code OutputStreamWriter} writes UTF-8, '?' for lone surrogates included. */
class Utf8WriterTest {

    private static final char[] CHARACTERS = {'a', '<', '\n', 'é', '›', '€', '\u2028', '\uD83D', '\uDE00', '\uDBFF',
        '\uDFFF', '\u07FF', '\u0800', '\uFFFF', '\u007F', '\u0080', '\u0000'};

    private final Random random = new Random(5);

    private String randomText(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        return text.toString();
    }

    private static byte[] jdk(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }

    @Test
    void writesWhatOutputStreamWriterWritesInPiecesOfAnySize() throws IOException {
        for (int round = 0; round < 3_000; round++) {
            String text = randomText(round % 10 == 0 ? 40_000 : 40);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Utf8Writer ours = new Utf8Writer(actual)) {
                int at = 0;
                while (at < text.length()) {
                    int piece = Math.min(text.length() - at, 1 + random.nextInt(round % 10 == 0 ? 30_000 : 5));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            ours.write(text.charAt(at));
                            piece = 1;
                        }
                        case 1 -> ours.write(text, at, piece);
                        default -> ours.write(text.toCharArray(), at, piece);
                    }
                    at += piece;
                    if (random.nextInt(8) == 0) {
                        ours.flush(); // a pair split by a flush still comes out whole
                    }
                }
            }
            assertArrayEquals(jdk(text), actual.toByteArray(), "round " + round);
        }
    }

    @Test
    void encodedTextGoesInAsItIsAndEndsALoneHighSurrogate() throws IOException {
        for (int round = 0; round < 2_000; round++) {
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            StringBuilder run = new StringBuilder(); // text since the last encoded piece: the JDK writes it as one
            try (Utf8Writer ours = new Utf8Writer(actual)) {
                for (int piece = random.nextInt(6); piece > 0; piece--) {
                    String text = randomText(random.nextInt(4) == 0 ? 40_000 : 12);
                    if (random.nextBoolean()) {
                        ours.write(text);
                        run.append(text);
                    } else {
                        byte[] encoded = Utf8Writer.encode(text);
                        assertArrayEquals(jdk(text), encoded);
                        ours.writeUtf8(encoded);
                        expected.write(jdk(run.toString()));
                        run.setLength(0);
                        expected.write(encoded);
                    }
                }
            }
            expected.write(jdk(run.toString()));
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "round " + round);
        }
    }
}
