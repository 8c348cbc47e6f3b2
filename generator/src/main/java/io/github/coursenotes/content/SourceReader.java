package io.github.coursenotes.content;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a note as strict UTF-8, drops a byte-order mark and normalises line endings to LF. */
public final class SourceReader {

    private SourceReader() {
    }

    /** The text, or empty after reporting why it could not be read. */
    public static Optional<String> read(Path file, String label, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(label, 0, 0, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            int line = 1 + countNewlines(bytes, offset);
            diagnostics.error(label, line, 1, "file is not valid UTF-8 (bad byte at offset " + offset
                    + "); save it as UTF-8");
            return Optional.empty();
        }
        return Optional.of(normalise(text));
    }

    /** Strips a BOM and turns CRLF and lone CR into LF. */
    public static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstInvalidOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int countNewlines(byte[] bytes, int end) {
        int count = 0;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
