package io.github.coursenotes.math;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typesets TeX to MathML, remembering each formula (its TeX and whether it is on display) for the
 * life of the JVM: the preview server rebuilds the same formulas after every edit, and a formula
 * repeated across a course is typeset once. Thread-safe. When it grows past
 * {@value #MAX_ENTRIES} formulas (a long preview session that typed many variants) it starts over.
 *
 * <p>Between builds (each {@code mvn package} runs in a new JVM) the formulas a build used are kept
 * in a file ({@link #save}, {@link #load}): a build whose formulas are all known does not start the
 * JavaScript engine at all. Errors are not kept, so that they are reported again.
 */
public final class MathCache {

    private static final int MAX_ENTRIES = 50_000;
    private static final String HEADER = "coursenotes formulas typeset by Temml " + Temml.VERSION + " {" + Temml.OPTIONS + "}";
    private static final Map<Key, TexResult> RESULTS = new ConcurrentHashMap<>();
    /** The formulas typeset or looked up since the last {@link #save}: what the next file keeps. */
    private static final Set<Key> USED = ConcurrentHashMap.newKeySet();

    private record Key(String tex, boolean display) {
    }

    private MathCache() {
    }

    /** The MathML of {@code tex} (its {@code style} attributes turned into classes), or its error. */
    public static TexResult typeset(String tex, boolean display) {
        Key key = new Key(tex, display);
        USED.add(key);
        TexResult known = RESULTS.get(key);
        if (known != null) {
            return known;
        }
        TexResult result = MathmlStyles.apply(Temml.instance().render(tex, display));
        if (RESULTS.size() >= MAX_ENTRIES) {
            RESULTS.clear();
        }
        RESULTS.put(key, result);
        return result;
    }

    /** Adds the formulas kept in {@code file} by {@link #save}; a missing, older or unreadable file adds none. */
    public static void load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException missingOrUnreadable) {
            return; // a cache: without it formulas are typeset again
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && (fields[0].equals("I") || fields[0].equals("D"))) {
                List<String> dropped = fields[3].isEmpty() ? List.of() : Arrays.asList(unescape(fields[3]).split("\n"));
                RESULTS.putIfAbsent(new Key(unescape(fields[1]), fields[0].equals("D")),
                        new TexResult(unescape(fields[2]), null, -1, dropped));
            }
        }
    }

    /**
     * Writes the formulas used since the last save (without errors) to {@code file}, sorted, and
     * only when that changes the file; then starts counting the used ones anew.
     */
    public static void save(Path file) throws IOException {
        List<Key> keys = new ArrayList<>(USED);
        USED.clear();
        keys.sort(Comparator.comparing(Key::tex).thenComparing(Key::display));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Key key : keys) {
            TexResult result = RESULTS.get(key);
            if (result != null && !result.isError()) {
                text.append(key.display() ? 'D' : 'I').append('\t').append(escape(key.tex())).append('\t')
                        .append(escape(result.mathml())).append('\t')
                        .append(escape(String.join("\n", result.droppedStyles()))).append('\n');
            }
        }
        if (keys.isEmpty() && !Files.exists(file)) {
            return; // a course without formulas leaves no file
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
