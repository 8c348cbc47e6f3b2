package io.github.coursenotes.fork;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the forked build sends back: its {@link BuildResult}, or the message of the I/O error that
 * stopped it. Strings of any length are written in UTF-8 chunks ({@code writeUTF} stops at 64 KB).
 */
final class ResultFile {

    private static final int VERSION = 1;
    private static final int CHUNK = 16_000;

    private ResultFile() {
    }

    static void write(BuildResult result, Path file) throws IOException {
        try (DataOutputStream out = open(file)) {
            out.writeBoolean(true);
            out.writeInt(result.diagnostics().size());
            for (Diagnostic diagnostic : result.diagnostics()) {
                writeString(out, diagnostic.file());
                out.writeInt(diagnostic.line());
                out.writeInt(diagnostic.column());
                writeString(out, diagnostic.severity().name());
                writeString(out, diagnostic.message());
            }
            out.writeBoolean(result.written());
            out.writeInt(result.pages());
            out.writeInt(result.chapters());
            out.writeInt(result.cards());
            out.writeLong(result.millis());
            out.writeInt(result.notes().size());
            for (BuildNote note : result.notes()) {
                writeString(out, note.level().name());
                writeString(out, note.message());
            }
        }
    }

    /** Records that the build stopped on an I/O error, such as a site folder it could not write. */
    static void writeFailure(String message, Path file) throws IOException {
        try (DataOutputStream out = open(file)) {
            out.writeBoolean(false);
            writeString(out, message);
        }
    }

    /**
     * Reads what {@link #write} or {@link #writeFailure} wrote.
     *
     * @throws IOException with the forked build's message when it stopped on an I/O error
     */
    static BuildResult read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != VERSION) {
                throw new IOException("the forked build wrote a result of another version of coursenotes");
            }
            if (!in.readBoolean()) {
                throw new IOException(readString(in));
            }
            int count = in.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                diagnostics.add(new Diagnostic(readString(in), in.readInt(), in.readInt(),
                        Severity.valueOf(readString(in)), readString(in)));
            }
            boolean written = in.readBoolean();
            int pages = in.readInt();
            int chapters = in.readInt();
            int cards = in.readInt();
            long millis = in.readLong();
            int noteCount = in.readInt();
            List<BuildNote> notes = new ArrayList<>(noteCount);
            for (int i = 0; i < noteCount; i++) {
                notes.add(new BuildNote(BuildNote.Level.valueOf(readString(in)), readString(in)));
            }
            return new BuildResult(diagnostics, written, pages, chapters, cards, millis, notes);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        out.writeInt(VERSION);
        return out;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        int chunks = (value.length() + CHUNK - 1) / CHUNK;
        out.writeInt(chunks);
        for (int i = 0; i < chunks; i++) {
            out.writeUTF(value.substring(i * CHUNK, Math.min(value.length(), (i + 1) * CHUNK)));
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        int chunks = in.readInt();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            value.append(in.readUTF());
        }
        return value.toString();
    }
}
