package io.github.coursenotes.content;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
            int lineStart = lineStart(bytes, offset);
            int line = 1 + countNewlines(bytes, lineStart);
            // the bytes before the bad one are valid UTF-8: they decode to the characters before the column
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            int column = 1 + before.codePointCount(0, before.length());
            diagnostics.error(label, line, column, String.format("file is not valid UTF-8 (byte 0x%02X at offset %d);"
                    + " save it as UTF-8", bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset));
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
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineStart(byte[] bytes, int offset) {
        int start = Math.min(offset, bytes.length);
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return start;
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
