package io.github.coursenotes.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The collection database of an Anki package ({@code collection.anki2}): an SQLite database in
 * Anki's schema 11, the one that Anki's exporter writes for packages every Anki version imports.
 * The {@code col} row holds the note types, decks and deck options as JSON; each note has one new
 * card in its chapter's deck. The database is built in memory and returned as bytes.
 *
 * <p>The bytes depend only on the values given: ids, times and row order come from the notes (ids
 * grow with the notes' order, times are the notes' own), never from the clock, and the same
 * statements run in the same order on a fresh in-memory database.
 */
final class AnkiCollection {

    private static final String SCHEMA = """
            create table col (id integer primary key, crt integer not null, mod integer not null,
                scm integer not null, ver integer not null, dty integer not null, usn integer not null,
                ls integer not null, conf text not null, models text not null, decks text not null,
                dconf text not null, tags text not null);
            create table notes (id integer primary key, guid text not null, mid integer not null,
                mod integer not null, usn integer not null, tags text not null, flds text not null,
                sfld integer not null, csum integer not null, flags integer not null, data text not null);
            create table cards (id integer primary key, nid integer not null, did integer not null,
                ord integer not null, mod integer not null, usn integer not null, type integer not null,
                queue integer not null, due integer not null, ivl integer not null, factor integer not null,
                reps integer not null, lapses integer not null, left integer not null, odue integer not null,
                odid integer not null, flags integer not null, data text not null);
            create table revlog (id integer primary key, cid integer not null, usn integer not null,
                ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
                time integer not null, type integer not null);
            create table graves (usn integer not null, oid integer not null, type integer not null);
            create index ix_notes_usn on notes (usn);
            create index ix_cards_usn on cards (usn);
            create index ix_revlog_usn on revlog (usn);
            create index ix_cards_nid on cards (nid);
            create index ix_cards_sched on cards (did, queue, due);
            create index ix_revlog_cid on revlog (cid);
            create index ix_notes_csum on notes (csum);
            """;

    /** Schema 11: read by every Anki version since 2.0, upgraded by newer ones when they open it. */
    static final int SCHEMA_VERSION = 11;

    private static final long DEFAULT_DECK = 1;
    private static final char FIELD_SEPARATOR = '\u001f';
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]*)\"[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<[^>]*>");

    private AnkiCollection() {
    }

    /** The database of {@code notes}, in decks {@code decks} (parents of a deck are added when missing). */
    static byte[] write(List<AnkiDeck> decks, List<AnkiNote> notes) {
        List<AnkiDeck> allDecks = withParents(decks, notes);
        Map<String, Long> deckIds = new LinkedHashMap<>();
        for (AnkiDeck deck : allDecks) {
            deckIds.put(deck.name(), deckId(deck.name(), deckIds));
        }
        long modified = notes.stream().mapToLong(AnkiNote::modified).max().orElse(0);
        modified = Math.max(modified, AnkiNoteTypes.MODIFIED);
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(4096);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // no rollback journal: the database is built in one go in memory and either finished or thrown away
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        try (Connection connection = config.createConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            connection.setAutoCommit(false);
            insertCollection(connection, allDecks, deckIds, notes, modified);
            insertNotesAndCards(connection, deckIds, notes);
            connection.commit();
            return connection.unwrap(SQLiteConnection.class).serialize("main");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    private static void insertCollection(Connection connection, List<AnkiDeck> decks, Map<String, Long> deckIds,
                                         List<AnkiNote> notes, long modified) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into col values (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, AnkiNoteTypes.MODIFIED);
            insert.setLong(2, modified * 1000);
            insert.setLong(3, AnkiNoteTypes.MODIFIED * 1000);
            insert.setInt(4, SCHEMA_VERSION);
            insert.setString(5, JsonWriter.write(AnkiCollectionJson.configuration(notes.size())));
            insert.setString(6, JsonWriter.write(AnkiNoteTypes.models()));
            insert.setString(7, JsonWriter.write(AnkiCollectionJson.decks(decks, deckIds, notes, modified)));
            insert.setString(8, JsonWriter.write(AnkiCollectionJson.deckOptions()));
            insert.setString(9, JsonWriter.write(AnkiCollectionJson.tags(notes)));
            insert.executeUpdate();
        }
    }

    private static void insertNotesAndCards(Connection connection, Map<String, Long> deckIds, List<AnkiNote> notes)
            throws SQLException {
        try (PreparedStatement note = connection.prepareStatement(
                "insert into notes values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = connection.prepareStatement(
                     "insert into cards values (?, ?, ?, 0, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            long previousId = 0;
            for (int i = 0; i < notes.size(); i++) {
                AnkiNote current = notes.get(i);
                // ids are creation times in milliseconds for Anki, and must stay unique: the note's
                // time, moved on past the previous note's id when needed, so ids follow the course order
                long id = Math.max(current.modified() * 1000, previousId + 1);
                previousId = id;
                String sortField = plainText(current.fields().get(0));
                note.setLong(1, id);
                note.setString(2, current.guid());
                note.setLong(3, current.type().id());
                note.setLong(4, current.modified());
                note.setString(5, current.tags().isEmpty() ? "" : " " + String.join(" ", current.tags()) + " ");
                note.setString(6, String.join(String.valueOf(FIELD_SEPARATOR),
                        current.fields().stream().map(field -> field.replace(FIELD_SEPARATOR, ' ')).toList()));
                note.setString(7, sortField);
                note.setLong(8, checksum(sortField));
                note.executeUpdate();
                card.setLong(1, id);
                card.setLong(2, id);
                card.setLong(3, deckIds.get(current.deck()));
                card.setLong(4, current.modified());
                card.setLong(5, i + 1L); // a new card's due is its position: the course order
                card.executeUpdate();
            }
        }
    }

    private static List<AnkiDeck> withParents(List<AnkiDeck> decks, List<AnkiNote> notes) {
        Map<String, AnkiDeck> byName = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        decks.forEach(deck -> names.add(deck.name()));
        notes.forEach(note -> names.add(note.deck()));
        for (String name : names) {
            String[] levels = name.split("::");
            for (int depth = 1; depth <= levels.length; depth++) {
                String prefix = String.join("::", Arrays.copyOf(levels, depth));
                byName.putIfAbsent(prefix, new AnkiDeck(prefix, ""));
            }
        }
        decks.forEach(deck -> byName.put(deck.name(), deck));
        return List.copyOf(byName.values());
    }

    /** A fixed id per deck name, from its hash (Anki matches decks by name on import, not by id). */
    private static long deckId(String name, Map<String, Long> taken) {
        long id = 1_000_000_000_000L + (stableHash(name) % 1_000_000_000_000L);
        while (id == DEFAULT_DECK || taken.containsValue(id)) {
            id++;
        }
        return id;
    }

    private static long stableHash(String text) {
        long hash = 1_125_899_906_842_597L;
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash & Long.MAX_VALUE;
    }

    /** A field as Anki compares and sorts it: the text without tags, image names kept. */
    static String plainText(String html) {
        String text = IMAGE.matcher(html).replaceAll(" $1 ");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    /** Anki's field checksum: the first 8 hex digits of the SHA-1 of the plain text, as a number. */
    static long checksum(String plainText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(plainText.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                    | (digest[3] & 0xFFL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
