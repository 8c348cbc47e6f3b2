package io.github.coursenotes.deck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code cards.apkg}: an Anki package in the format of Anki's exporter for packages that every
 * Anki version imports. It is a zip of
 * <ul>
 * <li>{@code collection.anki2}, the collection database ({@link AnkiCollection});</li>
 * <li>the media files, named {@code 0}, {@code 1}, ...;</li>
 * <li>{@code media}, a JSON object from those names to the media's file names.</li>
 * </ul>
 * The same values give the same bytes: entries in a fixed order, each dated with the package's
 * time (from the notes, not the clock) as a local date and time, so the time zone does not matter.
 */
public final class AnkiPackage {

    static final String COLLECTION = "collection.anki2";
    static final String MEDIA = "media";

    private AnkiPackage() {
    }

    /** Writes the package of {@code notes} in {@code decks}, with {@code media}, to {@code out}. */
    public static void write(List<AnkiDeck> decks, List<AnkiNote> notes, List<AnkiMedia> media, OutputStream out)
            throws IOException {
        long modified = notes.stream().mapToLong(AnkiNote::modified).max().orElse(AnkiNoteTypes.MODIFIED);
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.max(modified, AnkiNoteTypes.MODIFIED), 0, ZoneOffset.UTC);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, COLLECTION, time);
            zip.write(AnkiCollection.write(decks, notes));
            zip.closeEntry();
            Map<String, Object> names = new LinkedHashMap<>();
            for (int i = 0; i < media.size(); i++) {
                entry(zip, Integer.toString(i), time);
                Files.copy(media.get(i).source(), zip);
                zip.closeEntry();
                names.put(Integer.toString(i), media.get(i).name());
            }
            entry(zip, MEDIA, time);
            zip.write(JsonWriter.write(names).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
    }
}
