package io.github.coursenotes.deck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a text file the way Anki's text import does (rslib/src/import_export/text/csv): leading
 * lines starting with {@code #} are headers ({@code #key:value}); the rest is CSV with the header's
 * separator, double-quoted fields (inner quotes doubled, line breaks allowed inside quotes), records
 * starting with {@code #} skipped as comments, rows of any length. Columns named by
 * {@code #guid column}, {@code #notetype column}, {@code #deck column} and {@code #tags column}
 * (1-based) are taken out; the remaining columns, in order, are the note's fields. Tags are split on
 * whitespace. With {@code #html:false} the fields would be HTML-escaped; this reader only accepts
 * {@code #html:true}.
 */
public final class AnkiImport {

    /** One imported note. */
    public record Note(String guid, String notetype, String deck, List<String> fields, List<String> tags) {
    }

    /** The parsed file: headers (lower-case keys) and notes. */
    public record File(Map<String, String> headers, List<Note> notes) {
    }

    private AnkiImport() {
    }

    public static File read(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        int position = 0;
        while (position < text.length() && text.charAt(position) == '#') {
            int end = text.indexOf('\n', position);
            String line = text.substring(position + 1, end < 0 ? text.length() : end).replaceAll("\r$", "");
            int colon = line.indexOf(':');
            if (colon >= 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1));
            }
            position = end < 0 ? text.length() : end + 1;
        }
        if (!"true".equalsIgnoreCase(headers.getOrDefault("html", "").strip())) {
            throw new IllegalArgumentException("expected #html:true");
        }
        char separator = separator(headers.getOrDefault("separator", ""));
        List<List<String>> records = records(text.substring(position), separator);
        List<Note> notes = new ArrayList<>();
        for (List<String> record : records) {
            notes.add(note(record, headers));
        }
        return new File(headers, notes);
    }

    private static Note note(List<String> record, Map<String, String> headers) {
        int guid = column(headers, "guid column");
        int notetype = column(headers, "notetype column");
        int deck = column(headers, "deck column");
        int tags = column(headers, "tags column");
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= record.size(); i++) {
            if (i != guid && i != notetype && i != deck && i != tags) {
                fields.add(record.get(i - 1));
            }
        }
        List<String> tagList = tags > 0 && tags <= record.size()
                ? List.of(record.get(tags - 1).strip().split("\\s+")) : List.of();
        return new Note(get(record, guid), get(record, notetype), get(record, deck), fields, tagList);
    }

    private static String get(List<String> record, int column) {
        return column > 0 && column <= record.size() ? record.get(column - 1) : "";
    }

    private static int column(Map<String, String> headers, String key) {
        String value = headers.get(key);
        return value == null ? 0 : Integer.parseInt(value.strip());
    }

    private static char separator(String value) {
        if (value.equals(" ")) {
            return ' ';
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "tab", "\t" -> '\t';
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "pipe", "|" -> '|';
            case "colon", ":" -> ':';
            case "space" -> ' ';
            default -> throw new IllegalArgumentException("missing or unknown #separator: '" + value + "'");
        };
    }

    /** CSV records (RFC 4180 quoting, LF or CRLF line ends); records whose first character is '#' are comments. */
    static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            if (text.charAt(i) == '\n' || text.startsWith("\r\n", i)) {
                i += text.charAt(i) == '\n' ? 1 : 2; // blank lines are skipped, as by the csv crate
                continue;
            }
            List<String> record = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (i < text.length() && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            throw new IllegalArgumentException("unterminated quoted field");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                }
                while (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    field.append(text.charAt(i++));
                }
                record.add(field.toString());
                if (i < text.length() && text.charAt(i) == separator) {
                    i++;
                    continue;
                }
                if (i < text.length() && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                break;
            }
            records.add(record);
        }
        return records;
    }
}
