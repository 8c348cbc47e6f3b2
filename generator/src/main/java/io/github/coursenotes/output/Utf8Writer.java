package io.github.coursenotes.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered writer of UTF-8 that also takes text already encoded ({@link #writeUtf8}): the
 * sidebar's entries, the same on thousands of pages, are encoded once and copied as bytes (encoding
 * them again for every page showed in profiles). Like {@code OutputStreamWriter}, it writes a
 * {@code ?} for a lone surrogate, also for a pair split across two calls (it waits for the second half).
 * Not thread-safe: one page, one thread.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer = new byte[16 * 1024];
    private final char[] chars = new char[2 * 1024];
    private int count;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char high;
    private boolean closed;

    public Utf8Writer(OutputStream out) {
        this.out = Objects.requireNonNull(out);
    }

    /** Writes {@code utf8}, text encoded as UTF-8 (e.g. by {@link #encode}). */
    public void writeUtf8(byte[] utf8) throws IOException {
        loneHigh();
        if (utf8.length > buffer.length - count) {
            flushBuffer();
            if (utf8.length > buffer.length) {
                out.write(utf8);
                return;
            }
        }
        System.arraycopy(utf8, 0, buffer, count, utf8.length);
        count += utf8.length;
    }

    /** {@code text} in UTF-8 as this writer writes it, for {@link #writeUtf8}. */
    public static byte[] encode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write(text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80 && high == 0 && count < buffer.length) {
                buffer[count++] = (byte) c; // the common case, kept short
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        // copied a piece at a time: a loop over an array is much cheaper than charAt on a string
        // holding non-Latin-1 text, in a JVM without its optimising compiler
        for (int start = offset; start < offset + length; start += chars.length) {
            int end = Math.min(offset + length, start + chars.length);
            text.getChars(start, end, chars, 0);
            write(chars, 0, end - start);
        }
    }

    private void put(char c) throws IOException {
        if (buffer.length - count < 4) {
            flushBuffer();
        }
        if (c < 0x80 && high == 0) {
            buffer[count++] = (byte) c;
        } else if (high != 0 && Character.isLowSurrogate(c)) {
            int codePoint = Character.toCodePoint(high, c);
            high = 0;
            buffer[count++] = (byte) (0xF0 | codePoint >> 18);
            buffer[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            buffer[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[count++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            loneHigh();
            if (buffer.length - count < 4) {
                flushBuffer();
            }
            if (c < 0x80) {
                buffer[count++] = (byte) c;
            } else if (c < 0x800) {
                buffer[count++] = (byte) (0xC0 | c >> 6);
                buffer[count++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[count++] = '?';
            } else {
                buffer[count++] = (byte) (0xE0 | c >> 12);
                buffer[count++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[count++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** A high surrogate not followed by its low half: a {@code ?}. */
    private void loneHigh() throws IOException {
        if (high != 0) {
            high = 0;
            if (count == buffer.length) {
                flushBuffer();
            }
            buffer[count++] = '?';
        }
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /** Writes out what is buffered; a high surrogate waits for its low half, as with {@code OutputStreamWriter}. */
    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            loneHigh();
            flushBuffer();
        }
    }
}
