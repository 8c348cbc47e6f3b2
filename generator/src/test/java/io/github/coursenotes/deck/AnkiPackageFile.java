package io.github.coursenotes.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sqlite.SQLiteConfig;

/**
 * An Anki package read back as Anki reads one (rslib/src/import_export/package: meta.rs, media.rs,
 * apkg/import), with the same SQLite library that wrote it. Reading checks what makes Anki refuse a
 * package: no {@code meta} entry means a legacy package whose collection is {@code collection.anki2}
 * in schema 11; the {@code media} map must name files that are in the zip, under names Anki accepts
 * as they are; the JSON of the {@code col} row must have every key that Anki's schema-11 types
 * require (NotetypeSchema11, NoteFieldSchema11, CardTemplateSchema11, NormalDeckSchema11,
 * DeckConfSchema11); each note must have as many fields as its note type and each card a note;
 * note and card ids must not lie in the future (Anki refuses ids past tomorrow).
 */
public final class AnkiPackageFile {

    /** A row of the notes table, fields split. */
    public record Note(long id, String guid, long noteTypeId, long modified, List<String> tags, List<String> fields,
                       String sortField, long checksum) {
    }

    /** A row of the cards table. */
    public record Card(long id, long noteId, long deckId, int ord, int type, int queue, long due) {
    }

    /** The zip's entry names in order, the collection's {@code col} row and tables, and the media. */
    public record Contents(List<String> entries, Map<String, Object> col, Map<String, Map<String, Object>> noteTypes,
                           Map<String, Map<String, Object>> decks, Map<String, Object> deckOptions,
                           List<Note> notes, List<Card> cards, Map<String, byte[]> media, List<String> tables) {

        public Map<String, Object> noteType(String name) {
            return noteTypes.values().stream().filter(type -> name.equals(type.get("name"))).findFirst().orElseThrow();
        }

        public String deckName(long deckId) {
            return (String) decks.get(Long.toString(deckId)).get("name");
        }

        public Note note(String cardId) {
            return notes.stream().filter(note -> note.fields().get(note.fields().size() - 1).equals(cardId))
                    .findFirst().orElseThrow(() -> new AssertionError("no note for card " + cardId));
        }

        /** A note's field by name. */
        @SuppressWarnings("unchecked")
        public String field(Note note, String name) {
            List<Map<String, Object>> fields = (List<Map<String, Object>>) noteTypes.get(Long.toString(note.noteTypeId())).get("flds");
            for (int i = 0; i < fields.size(); i++) {
                if (name.equals(fields.get(i).get("name"))) {
                    return note.fields().get(i);
                }
            }
            throw new AssertionError("no field " + name);
        }
    }

    private AnkiPackageFile() {
    }

    public static Contents read(Path apkg, Path scratch) throws IOException, SQLException {
        List<String> entries = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        check(!files.containsKey("meta") && !files.containsKey("collection.anki21"),
                "a legacy package has no meta and no collection.anki21: " + entries);
        check(files.containsKey("collection.anki2"), "no collection.anki2 in " + entries);
        Map<String, byte[]> media = media(files);
        Path database = scratch.resolve("collection.anki2");
        Files.write(database, files.get("collection.anki2"));
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + database)) {
            return contents(connection, entries, media);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, byte[]> media(Map<String, byte[]> files) {
        Map<String, byte[]> media = new LinkedHashMap<>();
        Map<String, Object> map = (Map<String, Object>) JsonReader.parse(new String(files.get("media"), StandardCharsets.UTF_8));
        map.forEach((index, name) -> {
            check(index.matches("\\d+"), "media index " + index + " is not a number");
            check(files.containsKey(index), "media " + index + " (" + name + ") missing from the zip");
            String fileName = (String) name;
            check(isSafeAsIs(fileName), "Anki would rename or refuse the media file name " + fileName);
            media.put(fileName, files.get(index));
        });
        return media;
    }

    /** Anki's filename_is_safe and normalize_filename leave the name as it is. */
    static boolean isSafeAsIs(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.equals(Normalizer.normalize(name, Normalizer.Form.NFC))
                && name.chars().noneMatch(c -> c < 0x20 || "[]<>:\"/?*^\\|".indexOf(c) >= 0)
                && !name.endsWith(".") && !name.endsWith(" ")
                && name.getBytes(StandardCharsets.UTF_8).length <= 120
                && !name.toLowerCase(Locale.ROOT).replaceAll("\\..*$", "")
                        .matches("con|prn|aux|nul|com[1-9]|lpt[1-9]");
    }

    @SuppressWarnings("unchecked")
    private static Contents contents(Connection connection, List<String> entries, Map<String, byte[]> media)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        Map<String, Object> col = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select name from sqlite_master where type = 'table' order by name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            try (ResultSet row = statement.executeQuery("select * from col")) {
                check(row.next(), "the col table is empty");
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    col.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                check(!row.next(), "the col table has more than one row");
            }
        }
        check(((Number) col.get("ver")).intValue() == 11, "a collection.anki2 must be in schema 11, not " + col.get("ver"));
        Map<String, Map<String, Object>> noteTypes = (Map<String, Map<String, Object>>) JsonReader.parse((String) col.get("models"));
        Map<String, Map<String, Object>> decks = (Map<String, Map<String, Object>>) JsonReader.parse((String) col.get("decks"));
        Map<String, Object> deckOptions = (Map<String, Object>) JsonReader.parse((String) col.get("dconf"));
        JsonReader.parse((String) col.get("conf"));
        JsonReader.parse((String) col.get("tags"));
        noteTypes.forEach(AnkiPackageFile::checkNoteType);
        decks.values().forEach(deck -> requireKeys("deck", deck, "id", "name", "usn", "lrnToday", "revToday",
                "newToday", "timeToday", "collapsed", "dyn", "conf"));
        deckOptions.values().forEach(options -> checkDeckOptions((Map<String, Object>) options));
        List<Note> notes = notes(connection, noteTypes);
        List<Card> cards = cards(connection, notes, decks);
        return new Contents(entries, col, noteTypes, decks, deckOptions, notes, cards, media, tables);
    }

    @SuppressWarnings("unchecked")
    private static void checkNoteType(String id, Map<String, Object> type) {
        requireKeys("note type", type, "id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css");
        check(id.equals(String.valueOf(type.get("id"))), "note type key " + id + " is not its id " + type.get("id"));
        for (Map<String, Object> field : (List<Map<String, Object>>) type.get("flds")) {
            requireKeys("field", field, "name", "ord", "sticky", "rtl", "font", "size");
            String name = (String) field.get("name");
            check(!name.matches(".*[:{}\"].*") && !name.matches("^[#/^\\s].*"), "Anki would rename the field " + name);
        }
        for (Map<String, Object> template : (List<Map<String, Object>>) type.get("tmpls")) {
            requireKeys("template", template, "name", "ord", "qfmt");
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkDeckOptions(Map<String, Object> options) {
        requireKeys("deck options", options, "id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse");
        requireKeys("new card options", (Map<String, Object>) options.get("new"), "delays", "initialFactor", "ints", "order", "perDay");
        requireKeys("review options", (Map<String, Object>) options.get("rev"), "ease4", "ivlFct", "maxIvl", "perDay");
        requireKeys("lapse options", (Map<String, Object>) options.get("lapse"), "delays", "leechAction", "leechFails", "minInt", "mult");
    }

    @SuppressWarnings("unchecked")
    private static List<Note> notes(Connection connection, Map<String, Map<String, Object>> noteTypes) throws SQLException {
        List<Note> notes = new ArrayList<>();
        long tomorrow = System.currentTimeMillis() + 86_400_000L;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, guid, mid, mod, tags, flds, sfld, csum from notes order by id")) {
            while (rows.next()) {
                Map<String, Object> type = noteTypes.get(Long.toString(rows.getLong(3)));
                check(type != null, "note " + rows.getLong(1) + " has an unknown note type " + rows.getLong(3));
                List<String> fields = List.of(rows.getString(6).split("\u001f", -1));
                check(fields.size() == ((List<Object>) type.get("flds")).size(), "note " + rows.getLong(1) + " has "
                        + fields.size() + " fields, its note type " + ((List<Object>) type.get("flds")).size());
                check(rows.getLong(1) <= tomorrow, "note id " + rows.getLong(1) + " lies in the future");
                String tags = rows.getString(5).strip();
                notes.add(new Note(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        tags.isEmpty() ? List.of() : List.of(tags.split(" ")), fields, rows.getString(7), rows.getLong(8)));
            }
        }
        return notes;
    }

    private static List<Card> cards(Connection connection, List<Note> notes, Map<String, Map<String, Object>> decks)
            throws SQLException {
        List<Card> cards = new ArrayList<>();
        long tomorrow = System.currentTimeMillis() + 86_400_000L;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, nid, did, ord, type, queue, due from cards order by id")) {
            while (rows.next()) {
                long noteId = rows.getLong(2);
                check(notes.stream().anyMatch(note -> note.id() == noteId), "card " + rows.getLong(1) + " has no note");
                check(decks.containsKey(Long.toString(rows.getLong(3))), "card " + rows.getLong(1) + " has an unknown deck");
                check(rows.getLong(1) <= tomorrow, "card id " + rows.getLong(1) + " lies in the future");
                cards.add(new Card(rows.getLong(1), noteId, rows.getLong(3), rows.getInt(4), rows.getInt(5), rows.getInt(6),
                        rows.getLong(7)));
            }
        }
        return cards;
    }

    private static void requireKeys(String what, Map<String, Object> json, String... keys) {
        for (String key : keys) {
            check(json.containsKey(key), what + " " + json.get("name") + " lacks the key '" + key + "' that Anki requires");
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("Anki would refuse the package: " + message);
        }
    }

    /** The bytes of an entry of a zip file (for tests on the raw package). */
    static byte[] entry(Path zip, String name) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return entries.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zip);
    }
}
