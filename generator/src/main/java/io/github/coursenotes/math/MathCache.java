package io.github.coursenotes.math;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typesets TeX to MathML, remembering each formula (its TeX and whether it is on display) for the
 * life of the JVM: the preview server rebuilds the same formulas after every edit, and a formula
 * repeated across a course is typeset once. Thread-safe. When it grows past
 * {@value #MAX_ENTRIES} formulas (a long preview session that typed many variants) it starts over.
 */
public final class MathCache {

    private static final int MAX_ENTRIES = 50_000;
    private static final Map<Key, TexResult> RESULTS = new ConcurrentHashMap<>();

    private record Key(String tex, boolean display) {
    }

    private MathCache() {
    }

    /** The MathML of {@code tex} (its {@code style} attributes turned into classes), or its error. */
    public static TexResult typeset(String tex, boolean display) {
        Key key = new Key(tex, display);
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
}
