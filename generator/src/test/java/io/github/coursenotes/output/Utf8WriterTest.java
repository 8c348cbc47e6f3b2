package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer writes the bytes an {@code OutputStreamWriter} writes, whatever the text and however it is cut. */
class Utf8WriterTest {

    private static final String ALPHABET = "ab <>&\n\u00e9\u00b7\u201c\u2014\ud83d\ude00\ud800x\udc00";

    @Test
    void writesWhatAnOutputStreamWriterWrites() throws IOException {
        Random random = new Random(6122026);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(round < 400 ? 200 : 100_000); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer writer = new Utf8Writer(actual)) {
                // the same text in random pieces, through each way of writing: pairs get split between writes
                for (int at = 0; at < text.length(); ) {
                    int length = Math.min(text.length() - at, 1 + random.nextInt(40_000));
                    String piece = text.substring(at, at + length);
                    switch (random.nextInt(4)) {
                        case 0 -> writer.write(piece);
                        case 1 -> writer.write("<" + piece + ">", 1, length);
                        case 2 -> writer.write(piece.toCharArray(), 0, length);
                        default -> piece.chars().forEach(c -> write(writer, c));
                    }
                    reference.write(piece);
                    at += length;
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), text.toString());
        }
    }

    private static void write(Writer writer, int c) {
        try {
            writer.write(c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
