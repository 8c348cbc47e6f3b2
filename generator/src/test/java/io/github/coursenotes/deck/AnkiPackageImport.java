package io.github.coursenotes.deck;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's Anki collection and Anki's import of a package into it, as current Anki does it with
 * its default options (rslib/src/import_export/package/apkg/import: notes.rs, decks.rs, cards.rs,
 * media.rs; "update notes" and "update note types" if newer, note types not merged):
 * <ul>
 * <li>a note type of the package whose id the collection has is the same note type when its
 *     fields and templates have the same names, in order; it is updated only when the package's is
 *     newer. Another schema under that id becomes a new note type with a new id, and the package's
 *     notes of it are added to that one, or are conflicts when their GUID exists. An unknown id is
 *     added as it is (renamed when its name is taken);</li>
 * <li>a note whose GUID the collection has is updated (fields, tags, time) when the package's note
 *     is newer and has the same note type, a conflict when the note type differs, and otherwise a
 *     duplicate left alone; other notes are added;</li>
 * <li>decks are found by name, missing ones (and their parents) added;</li>
 * <li>a card is added only when its note has no card of that template yet: existing cards keep
 *     their deck and their review history;</li>
 * <li>media are copied when an added or updated note refers to them; a file whose name exists with
 *     other content is renamed with its checksum, and the notes' references follow.</li>
 * </ul>
 */
public final class AnkiPackageImport {

    private static final Pattern IMAGE_SOURCE = Pattern.compile("(<img\\b[^>]*?\\ssrc=\")([^\"]*)(\")");

    /** A note type of the collection. */
    public record NoteType(long id, String name, List<String> fields, List<String> templates, long modified,
                           String css, boolean cloze) {
    }

    /** A note of the collection. */
    public record Note(long id, String guid, long noteTypeId, List<String> fields, List<String> tags, long modified) {
    }

    /** A card of the collection, with its review state. */
    public record Card(long id, long noteId, int ord, long deckId, int reviews, int intervalDays) {
    }

    /** What one import did, as Anki's import log counts it. */
    public record Log(int added, int updated, int duplicates, int conflicts) {
    }

    /** A collection: its note types, decks, notes, cards and media folder. */
    public static final class Collection {

        final Map<Long, NoteType> noteTypes = new LinkedHashMap<>();
        final Map<Long, String> decks = new LinkedHashMap<>();
        final Map<Long, Note> notes = new LinkedHashMap<>();
        final List<Card> cards = new ArrayList<>();
        final Map<String, byte[]> media = new LinkedHashMap<>();
        private long nextId = 1_000_000L;

        /** A fresh collection of an Anki whose language is German: its stock note types and deck have German names. */
        public static Collection german() {
            Collection collection = new Collection();
            collection.decks.put(1L, "Standard");
            collection.noteTypes.put(1_342_697_561_419L, new NoteType(1_342_697_561_419L, "Einfach",
                    List.of("Vorderseite", "Rückseite"), List.of("Karte 1"), 0, "", false));
            collection.noteTypes.put(1_342_697_561_420L, new NoteType(1_342_697_561_420L, "Lückentext",
                    List.of("Text", "Rückseite Extra"), List.of("Lückentext"), 0, "", true));
            return collection;
        }

        public List<NoteType> noteTypes() {
            return List.copyOf(noteTypes.values());
        }

        public List<String> deckNames() {
            return List.copyOf(decks.values());
        }

        public List<Note> notes() {
            return List.copyOf(notes.values());
        }

        public List<Card> cards() {
            return List.copyOf(cards);
        }

        public Map<String, byte[]> media() {
            return Map.copyOf(media);
        }

        public Note note(String cardId) {
            List<Note> found = notes.values().stream().filter(note -> note.fields().get(note.fields().size() - 1)
                    .equals(cardId)).toList();
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " notes for card " + cardId);
            }
            return found.get(0);
        }

        public Card card(Note note) {
            return cards.stream().filter(card -> card.noteId() == note.id()).findFirst().orElseThrow();
        }

        public String deckOf(Note note) {
            return decks.get(card(note).deckId());
        }

        public NoteType noteType(Note note) {
            return noteTypes.get(note.noteTypeId());
        }

        /** The learner studies the note's card: it gets a review history. */
        public void review(Note note, int intervalDays) {
            Card card = card(note);
            cards.set(cards.indexOf(card), new Card(card.id(), card.noteId(), card.ord(), card.deckId(),
                    card.reviews() + 1, intervalDays));
        }

        private long newId() {
            return nextId++;
        }
    }

    private AnkiPackageImport() {
    }

    @SuppressWarnings("unchecked")
    public static Log importInto(Collection target, AnkiPackageFile.Contents source) {
        Map<Long, Long> remappedNoteTypes = new LinkedHashMap<>();
        for (Map<String, Object> json : source.noteTypes().values()) {
            importNoteType(target, noteType(json), remappedNoteTypes);
        }
        Map<String, String> mediaNames = prepareMedia(target, source);
        Set<String> usedMedia = new LinkedHashSet<>();
        Map<Long, Long> importedNotes = new LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        int duplicates = 0;
        int conflicts = 0;
        for (AnkiPackageFile.Note incoming : source.notes()) {
            long noteTypeId = remappedNoteTypes.getOrDefault(incoming.noteTypeId(), incoming.noteTypeId());
            Optional<Note> existing = target.notes.values().stream().filter(note -> note.guid().equals(incoming.guid())).findFirst();
            if (existing.isEmpty() || existing.get().noteTypeId() == noteTypeId
                    && existing.get().modified() < incoming.modified()) {
                incoming.fields().forEach(field -> usedMedia.addAll(references(field)));
            }
            List<String> fields = incoming.fields().stream().map(field -> renameMedia(field, mediaNames)).toList();
            if (existing.isEmpty()) {
                long id = incoming.id();
                while (target.notes.containsKey(id)) {
                    id += 999;
                }
                target.notes.put(id, new Note(id, incoming.guid(), noteTypeId, fields, incoming.tags(), incoming.modified()));
                importedNotes.put(incoming.id(), id);
                added++;
            } else if (existing.get().noteTypeId() != noteTypeId) {
                conflicts++;
            } else if (existing.get().modified() < incoming.modified()) {
                Note note = existing.get();
                target.notes.put(note.id(), new Note(note.id(), note.guid(), noteTypeId, fields, incoming.tags(), incoming.modified()));
                importedNotes.put(incoming.id(), note.id());
                updated++;
            } else {
                importedNotes.put(incoming.id(), existing.get().id());
                duplicates++;
            }
        }
        for (String name : usedMedia) {
            if (source.media().containsKey(name)) {
                target.media.putIfAbsent(mediaNames.get(name), source.media().get(name));
            }
        }
        Map<Long, Long> decks = importDecks(target, source);
        for (AnkiPackageFile.Card card : source.cards()) {
            Long noteId = importedNotes.get(card.noteId());
            if (noteId == null || target.cards.stream().anyMatch(c -> c.noteId() == noteId && c.ord() == card.ord())) {
                continue;
            }
            target.cards.add(new Card(target.newId(), noteId, card.ord(), decks.get(card.deckId()), 0, 0));
        }
        return new Log(added, updated, duplicates, conflicts);
    }

    @SuppressWarnings("unchecked")
    private static NoteType noteType(Map<String, Object> json) {
        List<String> fields = ((List<Map<String, Object>>) json.get("flds")).stream().map(f -> (String) f.get("name")).toList();
        List<Map<String, Object>> templates = (List<Map<String, Object>>) json.get("tmpls");
        return new NoteType(((Number) json.get("id")).longValue(), (String) json.get("name"), fields,
                templates.stream().map(t -> (String) t.get("name")).toList(), ((Number) json.get("mod")).longValue(),
                (String) json.get("css"), ((Number) json.get("type")).intValue() == 1);
    }

    private static void importNoteType(Collection target, NoteType incoming, Map<Long, Long> remapped) {
        NoteType existing = target.noteTypes.get(incoming.id());
        if (existing == null) {
            String name = incoming.name();
            while (nameTaken(target, name)) {
                name = name + "+";
            }
            target.noteTypes.put(incoming.id(), withName(incoming, name));
        } else if (!existing.fields().equals(incoming.fields()) || !existing.templates().equals(incoming.templates())) {
            long id = target.newId();
            target.noteTypes.put(id, new NoteType(id, incoming.name() + "-" + id, incoming.fields(), incoming.templates(),
                    incoming.modified(), incoming.css(), incoming.cloze()));
            remapped.put(incoming.id(), id);
        } else if (existing.modified() < incoming.modified()) {
            target.noteTypes.put(incoming.id(), incoming);
        }
    }

    private static boolean nameTaken(Collection target, String name) {
        return target.noteTypes.values().stream().anyMatch(type -> type.name().equalsIgnoreCase(name));
    }

    private static NoteType withName(NoteType type, String name) {
        return new NoteType(type.id(), name, type.fields(), type.templates(), type.modified(), type.css(), type.cloze());
    }

    private static Map<Long, Long> importDecks(Collection target, AnkiPackageFile.Contents source) {
        Map<Long, Long> ids = new LinkedHashMap<>();
        List<Map<String, Object>> decks = new ArrayList<>(source.decks().values());
        decks.sort((a, b) -> Integer.compare(((String) a.get("name")).split("::").length, ((String) b.get("name")).split("::").length));
        for (Map<String, Object> deck : decks) {
            long sourceId = ((Number) deck.get("id")).longValue();
            String name = (String) deck.get("name");
            boolean used = source.cards().stream().anyMatch(card -> {
                String cardDeck = source.deckName(card.deckId());
                return cardDeck.equals(name) || cardDeck.startsWith(name + "::");
            });
            if (!used) {
                continue; // Anki gathers only the decks of the package's cards and their parents
            }
            Optional<Long> existing = target.decks.entrySet().stream()
                    .filter(entry -> entry.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey).findFirst();
            long id = existing.orElseGet(() -> {
                long newId = target.newId();
                target.decks.put(newId, name);
                return newId;
            });
            ids.put(sourceId, id);
        }
        return ids;
    }

    /** Media names of the package mapped to the names they get in the target (renamed when the name holds other content). */
    private static Map<String, String> prepareMedia(Collection target, AnkiPackageFile.Contents source) {
        Map<String, String> names = new LinkedHashMap<>();
        source.media().forEach((name, bytes) -> {
            byte[] existing = target.media.get(name);
            if (existing == null || Arrays.equals(existing, bytes)) {
                names.put(name, name);
            } else {
                int dot = name.lastIndexOf('.');
                String renamed = (dot > 0 ? name.substring(0, dot) : name) + "-" + sha1(bytes) + (dot > 0 ? name.substring(dot) : "");
                names.put(name, renamed);
            }
        });
        return names;
    }

    /** The field with its media references renamed as {@code names} says. */
    private static String renameMedia(String field, Map<String, String> names) {
        Matcher matcher = IMAGE_SOURCE.matcher(field);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = names.getOrDefault(matcher.group(2), matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + name + matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The media file names a field refers to. */
    static List<String> references(String field) {
        List<String> names = new ArrayList<>();
        Matcher matcher = IMAGE_SOURCE.matcher(field);
        while (matcher.find()) {
            names.add(matcher.group(2));
        }
        return names;
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
