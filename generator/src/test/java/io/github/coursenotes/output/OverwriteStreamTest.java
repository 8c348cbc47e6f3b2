package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverwriteStreamTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path folder;

    /** Writes {@code bytes} over {@code file} in pieces of random sizes, as a writer's buffer hands them over. */
    private static void overwrite(Path file, byte[] bytes, Random random) throws IOException {
        try (OverwriteStream out = OverwriteStream.open(file)) {
            int at = 0;
            while (at < bytes.length) {
                int piece = Math.min(bytes.length - at, random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(100_000));
                if (piece == 1 && random.nextBoolean()) {
                    out.write(bytes[at]);
                } else {
                    out.write(bytes, at, piece);
                }
                at += piece;
            }
        }
    }

    @Test
    void theFileEndsUpWithExactlyTheNewBytesWhateverWasThere() throws IOException {
        Random random = new Random(11);
        Path file = folder.resolve("page.html");
        for (int round = 0; round < 300; round++) {
            byte[] old = randomBytes(random, random.nextInt(4) == 0 ? 0 : random.nextInt(200_000));
            byte[] bytes = switch (random.nextInt(5)) {
                case 0 -> old.clone(); // unchanged
                case 1 -> Arrays.copyOf(old, random.nextInt(old.length + 1)); // cut short
                case 2 -> grown(old, random); // longer, same start
                case 3 -> changedAt(old, random); // one byte changed
                default -> randomBytes(random, random.nextInt(200_000));
            };
            Files.write(file, old);
            overwrite(file, bytes, random);
            assertArrayEquals(bytes, Files.readAllBytes(file), "round " + round);
        }
    }

    @Test
    void anUnchangedFileIsNotWrittenAndAChangedOneIs() throws IOException {
        Path file = folder.resolve("page.html");
        byte[] text = randomBytes(new Random(3), 150_000); // more than one chunk of old bytes
        Files.write(file, text);
        Files.setLastModifiedTime(file, LONG_AGO);

        overwrite(file, text, new Random(4));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "the same bytes: the file is left alone");

        byte[] changed = text.clone();
        changed[149_999] ^= 1;
        overwrite(file, changed, new Random(5));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file));
        assertArrayEquals(changed, Files.readAllBytes(file));
    }

    @Test
    void aNewFileIsCreated() throws IOException {
        Path file = folder.resolve("new.html");
        overwrite(file, "hello".getBytes(), new Random(1));
        assertEquals("hello", Files.readString(file));
        overwrite(folder.resolve("empty.html"), new byte[0], new Random(1));
        assertEquals(0, Files.size(folder.resolve("empty.html")));
    }

    @Test
    void aSymbolicLinkIsReplacedByAFileAndItsTargetLeftAlone() throws IOException {
        Path outside = Files.writeString(folder.resolve("outside.txt"), "not the generator's");
        Path link = Files.createSymbolicLink(folder.resolve("page.html"), outside);

        overwrite(link, "the page".getBytes(), new Random(2));

        assertFalse(Files.isSymbolicLink(link));
        assertEquals("the page", Files.readString(link));
        assertEquals("not the generator's", Files.readString(outside));
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] grown(byte[] old, Random random) {
        byte[] bytes = Arrays.copyOf(old, old.length + 1 + random.nextInt(100_000));
        Arrays.fill(bytes, old.length, bytes.length, (byte) random.nextInt());
        return bytes;
    }

    private static byte[] changedAt(byte[] old, Random random) {
        if (old.length == 0) {
            return new byte[] {1};
        }
        byte[] bytes = old.clone();
        bytes[random.nextInt(old.length)] ^= (byte) (1 + random.nextInt(255));
        return bytes;
    }
}
