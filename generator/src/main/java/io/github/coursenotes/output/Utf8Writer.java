package io.github.coursenotes.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes text to a stream as UTF-8 through a buffer, each string encoded by {@link String#getBytes}:
 * the JDK's own paths for Latin-1 and ASCII strings are array copies, where an
 * {@code OutputStreamWriter} copies every string into a char buffer and, from the first character
 * past ASCII, encodes the rest of the buffer a character at a time. On the 5,000-note benchmark the
 * encoding was about 8% of the build's CPU samples. Malformed text (a lone surrogate) becomes
 * {@code ?}, as with an {@code OutputStreamWriter}; a surrogate pair split between two writes is
 * joined.
 */
final class Utf8Writer extends Writer {

    private static final int BUFFER = 32 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int count;
    /** The high surrogate that ended the last write, waiting for its low half; 0 for none. */
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > 0) {
            writeText(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > 0) {
            writeText(new String(chars, offset, length));
        }
    }

    @Override
    public void write(int c) throws IOException {
        writeText(String.valueOf((char) c));
    }

    private void writeText(String text) throws IOException {
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (count + bytes.length > buffer.length) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (OutputStream stream = out) {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                writeText("?");
            }
            flushBuffer();
        }
    }
}
